import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { t } from '@/i18n/t'
import type { Invoice } from '@/payload-types'
import { INVOICE_SERVICE } from '@/services/invoices/context'
import { relationId } from '@/utilities/relationId'

/** Fields only the invoice service sets (numbering, issuing, crediting, payment, the order link). */
const SERVICE_FIELDS = ['number', 'kind', 'status', 'order', 'issueDate', 'dueDate', 'creditNoteFor', 'sellerSnapshot'] as const

const DEFAULTS: Partial<Record<(typeof SERVICE_FIELDS)[number], unknown>> = { kind: 'invoice', status: 'draft' }

const comparable = (value: unknown) => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && value !== null && 'id' in value) return relationId(value as { id: number })
  return typeof value === 'object' ? JSON.stringify(value) : value
}

/**
 * An issued, paid or credited invoice never changes, whoever asks (super admins too): only the invoice service
 * moves its status (issued → paid, → credited), with its context flag. On drafts, the fields the service owns
 * cannot be written directly either, so numbers and statuses only ever come from the service.
 */
export const guardInvoiceWrites: CollectionBeforeChangeHook<Invoice> = ({ data, originalDoc, operation, req }) => {
  if (req.context[INVOICE_SERVICE]) return data
  if (operation === 'update' && originalDoc && originalDoc.status !== 'draft') {
    throw new APIError(t(req, 'invoiceImmutable', { number: originalDoc.number ?? String(originalDoc.id) }), 409, null, true)
  }
  const changed = SERVICE_FIELDS.filter((field) => {
    if (data[field] === undefined) return false
    const before = operation === 'update' ? originalDoc?.[field] : DEFAULTS[field]
    return comparable(data[field]) !== comparable(before ?? DEFAULTS[field])
  })
  if (changed.length > 0) throw new APIError(t(req, 'invoiceFieldsByService', { fields: changed.join(', ') }), 403, null, true)
  return data
}

/** Only drafts can be deleted; issued invoices are kept (and a vendor with some cannot be deleted). */
export const refuseIssuedInvoiceDeletes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const invoice = await req.payload.findByID({ collection: 'invoices', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (invoice && invoice.status !== 'draft') {
    throw new APIError(t(req, 'invoiceImmutable', { number: invoice.number ?? String(invoice.id) }), 409, null, true)
  }
}

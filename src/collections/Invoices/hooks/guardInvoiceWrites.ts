import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { t } from '@/i18n/t'
import type { Invoice } from '@/payload-types'
import { INVOICE_SERVICE } from '@/services/invoices/context'
import { lockDraftForChange } from '@/services/invoices/writeLocks'
import { relationId } from '@/utilities/relationId'

/** Fields only the invoice service sets (numbering, issuing, crediting, payment, the order link). */
const SERVICE_FIELDS = [
  'number',
  'kind',
  'status',
  'order',
  'issueDate',
  'dueDate',
  'creditNoteFor',
  'sellerSnapshot',
] as const

const DEFAULTS: Partial<Record<(typeof SERVICE_FIELDS)[number], unknown>> = { kind: 'invoice', status: 'draft' }

const comparable = (value: unknown) => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && value !== null && 'id' in value) return relationId(value as { id: number })
  return typeof value === 'object' ? JSON.stringify(value) : value
}

/**
 * An issued, paid or credited invoice never changes, whoever asks (super admins too): only the invoice service
 * moves its status (issued → paid, → credited), with its context flag. An update decides on the row locked in its
 * own transaction, not on the copy Payload read before (lockDraftForChange). On drafts, the fields the service owns
 * cannot be written directly either, so numbers and statuses only ever come from the service.
 */
export const guardInvoiceWrites: CollectionBeforeChangeHook<Invoice> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (req.context[INVOICE_SERVICE]) return data
  const locked = operation === 'update' && originalDoc ? await lockDraftForChange(req, originalDoc.id) : null
  const changed = SERVICE_FIELDS.filter((field) => {
    if (data[field] === undefined) return false
    const before = operation === 'update' ? originalDoc?.[field] : DEFAULTS[field]
    return comparable(data[field]) !== comparable(before ?? DEFAULTS[field])
  })
  if (changed.length > 0)
    throw new APIError(t(req, 'invoiceFieldsByService', { fields: changed.join(', ') }), 403, null, true)
  // Its order deleted while this write waited for the row, the draft lost the link (ON DELETE SET NULL): Payload
  // would write back the link of the copy it read before, to an order that no longer exists.
  if (locked && locked.orderId !== relationId(originalDoc?.order)) return { ...data, order: locked.orderId }
  return data
}

/**
 * Only drafts can be deleted, as they stand once the delete holds the row's lock; issued invoices are kept (and a
 * vendor with some cannot be deleted).
 */
export const refuseIssuedInvoiceDeletes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await lockDraftForChange(req, id)
}

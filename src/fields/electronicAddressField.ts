import type { GroupField, Validate } from 'payload'

import { t } from '@/i18n/t'
import { EAS_SCHEMES, electronicAddressProblem } from '@/services/invoices/einvoice/electronicAddress'

type Address = { scheme?: string | null; identifier?: string | null }

const empty = (value: unknown) => value === null || value === undefined || value === ''

const validateScheme: Validate = (value, { req, siblingData }) => {
  const { identifier } = (siblingData ?? {}) as Address
  if (empty(value)) return empty(identifier) || t(req, 'invoiceEndpointSchemeInvalid', { scheme: '' })
  return EAS_SCHEMES.includes(String(value)) || t(req, 'invoiceEndpointSchemeInvalid', { scheme: String(value) })
}

const validateIdentifier: Validate = (value, { req, siblingData }) => {
  const { scheme } = (siblingData ?? {}) as Address
  if (empty(value) && empty(scheme)) return true
  if (empty(scheme) || !EAS_SCHEMES.includes(String(scheme))) return true // the scheme's own message says it
  const problem = electronicAddressProblem({ scheme: String(scheme), identifier: String(value ?? '') })
  return problem === null || t(req, 'invoiceEndpointIdInvalid', { id: String(value ?? ''), scheme: String(scheme) })
}

/**
 * An electronic address (EN 16931 BT-34 / BT-49): a scheme of Peppol's EAS list and an identifier in it, both or
 * neither, checked as Peppol checks them (`src/services/invoices/einvoice/electronicAddress.ts`).
 */
export const electronicAddressField = (description: string): GroupField => ({
  name: 'electronicAddress',
  type: 'group',
  admin: { description },
  fields: [
    { name: 'scheme', type: 'text', maxLength: 4, validate: validateScheme },
    { name: 'identifier', type: 'text', maxLength: 100, validate: validateIdentifier },
  ],
})

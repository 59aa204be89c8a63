import type { FieldAccess } from 'payload'

/**
 * Field access of an invoice's fields: changed only while the invoice is a draft (or being created). The admin
 * shows an issued invoice's fields read-only from it (no "Add line"); over REST, a write to an issued invoice is
 * answered by guardInvoiceWrites (409), which decides on the locked row.
 */
export const draftInvoiceOnly: FieldAccess = ({ doc }) => {
  const status = (doc as { status?: unknown } | undefined)?.status
  return status === undefined || status === null || status === 'draft'
}

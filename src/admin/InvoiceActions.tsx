import type { ServerProps } from 'payload'

import { requestLanguage, translate } from '@/i18n/t'
import { relationId } from '@/utilities/relationId'
import { hasRole, isVendorUser, userVendorIds } from '@/utilities/roles'

import { InvoiceActionButtons } from './InvoiceActionButtons'

/**
 * The invoice edit view's actions (issue, issue and email, credit note, mark paid, PDF / Factur-X / XML): buttons
 * calling /api/vendor/invoices/:id/..., which decide everything; shown to the invoice's vendor users and super admins.
 */
export async function InvoiceActions({ id, i18n, payload, user }: ServerProps & { id?: number | string }) {
  if (!id || !user) return null
  const invoice = await payload.findByID({
    collection: 'invoices',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!invoice) return null
  const vendorId = relationId(invoice.vendor)
  if (
    !hasRole(user, 'super-admin') &&
    !(isVendorUser(user) && vendorId !== null && userVendorIds(user).includes(vendorId))
  )
    return null
  const language = requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0])
  const text = (key: Parameters<typeof translate>[1]) => translate(language, key)
  return (
    <InvoiceActionButtons
      id={invoice.id}
      status={invoice.status}
      kind={invoice.kind}
      hasEmail={Boolean(invoice.customer?.email)}
      texts={{
        issue: text('invoiceActionIssue'),
        issueEmail: text('invoiceActionIssueEmail'),
        credit: text('invoiceActionCredit'),
        paid: text('invoiceActionPaid'),
        pdf: text('invoiceActionPdf'),
        facturX: text('invoiceActionFacturX'),
        xml: text('invoiceActionXml'),
        confirmCredit: text('invoiceActionConfirmCredit'),
        done: translate(language, 'invoiceActionDone', { number: '{{number}}' }),
        failed: text('invoiceActionFailed'),
      }}
    />
  )
}

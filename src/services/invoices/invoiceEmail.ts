import type { PayloadRequest } from 'payload'

import type { Invoice } from '@/payload-types'
import { queueEmail } from '@/services/mail/queueEmail'
import { relationId } from '@/utilities/relationId'

import { dayOf } from './context'
import type { SellerSnapshot } from './invoiceRows'

/**
 * Queues the mail of an issued invoice to its customer, in the customer's language, with the PDF attached (the
 * job renders it when it sends). In the caller's transaction: an issue that rolls back sends nothing; a mail
 * server that is down delays the mail, never the invoice.
 */
export async function queueInvoiceEmail(req: PayloadRequest, invoice: Invoice) {
  const platform = await req.payload.findByID({
    collection: 'platforms',
    id: relationId(invoice.platform)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const seller = invoice.sellerSnapshot as SellerSnapshot
  return queueEmail(req, {
    to: invoice.customer.email!,
    template: 'invoice',
    locale: invoice.customer.locale,
    platform: platform.code,
    mailId: `invoice:${invoice.id}`,
    vars: {
      kind: invoice.kind,
      number: invoice.number!,
      customerName: invoice.customer.name,
      sellerName: seller.legalName,
      totalGross: invoice.totals?.gross ?? 0,
      issueDate: dayOf(invoice.issueDate)!,
      dueDate: dayOf(invoice.dueDate),
    },
    attachments: [{ kind: 'invoicePdf', invoiceId: invoice.id }],
  })
}

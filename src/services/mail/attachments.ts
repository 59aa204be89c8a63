import type { PayloadRequest } from 'payload'

import { renderInvoicePdfFile } from '@/services/invoices/renderInvoice'

/** A file a queued mail carries, named by what it is: the job renders it when it sends (nothing big sits in the queue). */
export type MailAttachmentRef = { kind: 'invoicePdf'; invoiceId: number }

export type MailAttachment = { filename: string; content: Buffer; contentType: string }

export async function resolveAttachments(
  req: PayloadRequest,
  refs: MailAttachmentRef[] | null | undefined,
): Promise<MailAttachment[]> {
  const files: MailAttachment[] = []
  for (const ref of refs ?? []) {
    if (ref.kind === 'invoicePdf') files.push(await renderInvoicePdfFile(req, ref.invoiceId, { facturX: true }))
    else throw new Error(`Unknown mail attachment ${JSON.stringify(ref)}.`)
  }
  return files
}

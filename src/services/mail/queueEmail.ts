import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { EMAIL_TEMPLATES, type EmailTemplateName, type EmailVars } from '@/emails'
import type { Locale } from '@/services/locales'

import type { MailAttachmentRef } from './attachments'

export type EmailRequest<T extends EmailTemplateName> = {
  to: string
  template: T
  locale: Locale
  /** Code of the platform the mail comes from (its name, colour and logo). */
  platform: string
  vars: EmailVars<T>
  /** Makes queueing idempotent too: e.g. `welcome:<vendorId>` sends one welcome mail per vendor. Default: random. */
  mailId?: string
  /** Files the job renders and attaches when it sends (e.g. `{ kind: 'invoicePdf', invoiceId }`). */
  attachments?: MailAttachmentRef[]
}

/**
 * Queues a mail for the sendEmail job. With the caller's `req` the job is written in the caller's transaction:
 * a signup that rolls back queues nothing. Variables are checked now, so a mistake fails the caller, not the job.
 */
export async function queueEmail<T extends EmailTemplateName>(req: PayloadRequest, mail: EmailRequest<T>) {
  const vars = EMAIL_TEMPLATES[mail.template].vars.parse(mail.vars)
  return req.payload.jobs.queue({
    task: 'sendEmail',
    input: {
      mailId: mail.mailId ?? randomUUID(),
      to: mail.to,
      template: mail.template,
      locale: mail.locale,
      platform: mail.platform,
      vars,
      attachments: mail.attachments ?? null,
    },
    req,
  })
}

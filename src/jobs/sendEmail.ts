import type { TaskConfig } from 'payload'

import { EMAIL_TEMPLATE_NAMES } from '@/emails'
import { LOCALES } from '@/services/locales'
import type { MailAttachmentRef } from '@/services/mail/attachments'
import { deliverEmail } from '@/services/mail/deliverEmail'

/**
 * Sends one queued mail (see queueEmail). A failure (SMTP down, SMTP_URL unset) is retried with exponential
 * backoff: 30 s, 1 min, 2 min, … about 8.5 hours over 10 retries; after that the job keeps `hasError` in
 * payload-jobs with the last error, for an operator to requeue. Running it again after a send sends nothing.
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Send email',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'mailId', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'template', type: 'select', required: true, options: EMAIL_TEMPLATE_NAMES },
    { name: 'locale', type: 'select', required: true, options: [...LOCALES] },
    { name: 'platform', type: 'text', required: true },
    { name: 'vars', type: 'json', required: true },
    { name: 'attachments', type: 'json' },
  ],
  outputSchema: [
    { name: 'status', type: 'select', required: true, options: ['sent', 'already-sent'] },
    { name: 'messageId', type: 'text' },
  ],
  handler: async ({ input, req }) => ({
    output: await deliverEmail(req.payload, { ...input, attachments: input.attachments as MailAttachmentRef[] | null }),
  }),
}

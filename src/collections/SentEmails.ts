import type { CollectionConfig } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { nobody } from '@/access/nobody'
import { SENT_EMAIL_STATUSES } from '@/services/mail/sendingMarker'

/**
 * One row per mail handed to the SMTP server, keyed by the queued mail's `mailId`: the sendEmail job writes it
 * `sending` (committed) before it talks to SMTP and `sent` after, so a job that runs again (a retry after a crash, two
 * workers) does not send twice (deliverEmail says what happens to a `sending` row whose run died).
 */
export const SentEmails: CollectionConfig<'sent-emails'> = {
  slug: 'sent-emails',
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'template', 'locale', 'createdAt'] },
  access: { read: isSuperAdmin, create: nobody, update: nobody, delete: isSuperAdmin },
  fields: [
    { name: 'mailId', type: 'text', required: true, unique: true },
    { name: 'to', type: 'text', required: true },
    { name: 'template', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'subject', type: 'text' },
    { name: 'messageId', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sent',
      options: [...SENT_EMAIL_STATUSES],
      admin: { readOnly: true },
    },
    // When the run now holding the mail started talking to SMTP (status `sending`): its lease (deliverEmail).
    { name: 'sendingSince', type: 'date', admin: { readOnly: true, hidden: true } },
  ],
}

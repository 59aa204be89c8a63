import type { CollectionConfig } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { nobody } from '@/access/nobody'

/**
 * One row per mail handed to the SMTP server, keyed by the queued mail's `mailId`: the sendEmail job checks it
 * before sending, so a job that runs again (a retry after a crash, two workers) does not send twice.
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
  ],
}

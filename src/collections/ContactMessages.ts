import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { ownPlatformAdminsOnly } from '@/access/ownPlatformAdminsOnly'
import { platformField } from '@/fields/platformField'
import { LOCALES } from '@/services/locales'

/**
 * What visitors send through a marketing site's contact form (src/services/contact/contactMessages.ts), one row
 * per message. Written only by the app; read (and deleted, for data protection) by that platform's admins alone.
 */
export const ContactMessages: CollectionConfig<'contact-messages'> = {
  slug: 'contact-messages',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'platform', 'createdAt'] },
  access: { read: ownPlatformAdminsOnly, create: nobody, update: nobody, delete: ownPlatformAdminsOnly },
  fields: [
    platformField(),
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'message', type: 'textarea', required: true },
    { name: 'locale', type: 'select', options: [...LOCALES], required: true },
  ],
}

import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { platformAdminScoped } from '@/access/platformAdminScoped'

/**
 * The free trials a platform has granted at signup, one row each: the card (Stripe's `card.fingerprint`), the VAT
 * number (as the signup files it) and the Letzshop shop that had it. A card, VAT number or shop that had a trial on a
 * platform signs up there again without one (src/services/signup/trials.ts); the unique indexes make that hold when
 * two signups complete at once. Rows outlive their vendor (the vendor link empties when it is deleted), and are
 * written only by the signup's completion: admins read them, nobody edits them.
 */
export const SignupTrials: CollectionConfig<'signup-trials'> = {
  slug: 'signup-trials',
  admin: {
    useAsTitle: 'grantedAt',
    defaultColumns: ['platform', 'vendor', 'grantedAt', 'vatNumber', 'letzshopSlug'],
  },
  access: { read: platformAdminScoped, create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['platform', 'cardFingerprint'], unique: true },
    { fields: ['platform', 'vatNumber'], unique: true },
    { fields: ['platform', 'letzshopVendorId'], unique: true },
  ],
  fields: [
    { name: 'platform', type: 'relationship', relationTo: 'platforms', required: true },
    { name: 'vendor', type: 'relationship', relationTo: 'vendors' },
    { name: 'grantedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'cardFingerprint', type: 'text' },
    { name: 'vatNumber', type: 'text' },
    { name: 'letzshopVendorId', type: 'text' },
    { name: 'letzshopSlug', type: 'text' },
    { name: 'stripeSubscriptionId', type: 'text' },
  ],
}

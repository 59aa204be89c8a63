import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { LOCALES } from '@/services/locales'

/**
 * The server-side state of one signup (DESIGN.md section 5), keyed by `token`, the unguessable `sessionId` the
 * wizard holds. Never readable or writable over REST: only the signup endpoints use it (Local API, overrideAccess).
 * The password is kept as Payload's own salt + hash (pbkdf2), never in clear, and set on the user at completion.
 */
export const SignupSessions: CollectionConfig<'signup-sessions'> = {
  slug: 'signup-sessions',
  admin: { hidden: true, useAsTitle: 'email' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody, readVersions: nobody, unlock: nobody },
  fields: [
    { name: 'token', type: 'text', required: true, unique: true },
    { name: 'platform', type: 'relationship', relationTo: 'platforms' },
    { name: 'tier', type: 'relationship', relationTo: 'subscription-tiers' },
    { name: 'billingPeriod', type: 'select', required: true, options: ['monthly', 'annual'] },
    { name: 'letzshopVendorId', type: 'text' },
    { name: 'letzshopSlug', type: 'text' },
    { name: 'letzshopName', type: 'text' },
    /** Until when the shop is held for this signup (src/services/signup/shopHold.ts): a short soft hold, then firm. */
    { name: 'shopHeldUntil', type: 'date', index: true },
    { name: 'email', type: 'email' },
    { name: 'companyName', type: 'text' },
    { name: 'country', type: 'text' },
    { name: 'vatNumber', type: 'text' },
    { name: 'locale', type: 'select', options: [...LOCALES] },
    { name: 'passwordSalt', type: 'text', hidden: true },
    { name: 'passwordHash', type: 'text', hidden: true },
    { name: 'stripeCustomerId', type: 'text' },
    { name: 'setupIntentId', type: 'text' },
    { name: 'completedVendor', type: 'relationship', relationTo: 'vendors' },
    { name: 'completedUser', type: 'relationship', relationTo: 'users' },
    { name: 'completedAt', type: 'date' },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}

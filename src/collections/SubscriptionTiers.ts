import type { CollectionConfig } from 'payload'

import { canCreateOnPlatform, platformAdminScoped } from '@/access/platformAdminScoped'
import { publicOrManagedTiers } from '@/access/publicOrManagedTiers'
import { centsField } from '@/fields/centsField'
import { limitsGroup } from '@/fields/limitsGroup'
import { platformField } from '@/fields/platformField'
import { slugField } from '@/fields/slugField'
import { assertManagedPlatform } from '@/hooks/assertManagedPlatform'
import { queueStripePriceSync } from '@/hooks/queueStripePriceSync'
import { staleStripePrices } from '@/hooks/staleStripePrices'
import { STRIPE_PRICE_FIELDS } from '@/services/stripe/priceSyncTarget'
import { FEATURE_CODES } from '@/services/tiers/featureCodes'

export const SubscriptionTiers: CollectionConfig<'subscription-tiers'> = {
  slug: 'subscription-tiers',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'platform', 'priceMonthly', 'sortOrder'],
  },
  defaultSort: 'sortOrder',
  access: {
    read: publicOrManagedTiers,
    create: canCreateOnPlatform,
    update: platformAdminScoped,
    delete: platformAdminScoped,
  },
  indexes: [{ fields: ['platform', 'code'], unique: true }],
  hooks: {
    beforeChange: [assertManagedPlatform, staleStripePrices(STRIPE_PRICE_FIELDS['subscription-tiers'])],
    afterChange: [queueStripePriceSync('subscription-tiers', STRIPE_PRICE_FIELDS['subscription-tiers'])],
  },
  fields: [
    platformField(),
    slugField({ name: 'code' }),
    // Localized: the site, the admin, mails and the product named to Stripe read the tier's name from here.
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', localized: true },
    centsField('priceMonthly', { label: 'Monthly price', defaultValue: 0 }),
    centsField('priceAnnual', { label: 'Annual price', defaultValue: 0 }),
    limitsGroup(),
    {
      name: 'features',
      type: 'select',
      hasMany: true,
      options: FEATURE_CODES.map((code) => ({ label: code, value: code })),
    },
    { name: 'stripePriceMonthly', type: 'text' },
    { name: 'stripePriceAnnual', type: 'text' },
    { name: 'isPublic', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}

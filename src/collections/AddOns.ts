import type { CollectionConfig } from 'payload'

import { canCreateOnPlatform, platformAdminScoped } from '@/access/platformAdminScoped'
import { publicOrManagedAddOns } from '@/access/publicOrManagedAddOns'
import { centsField } from '@/fields/centsField'
import { platformField } from '@/fields/platformField'
import { slugField } from '@/fields/slugField'
import { assertManagedPlatform } from '@/hooks/assertManagedPlatform'
import { queueStripePriceSync } from '@/hooks/queueStripePriceSync'
import { staleStripePrices } from '@/hooks/staleStripePrices'
import { STRIPE_PRICE_FIELDS } from '@/services/stripe/priceSyncTarget'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

/** Extras a vendor can add to a subscription; `raises` adds to one of the tier's limits. */
export const AddOns: CollectionConfig<'add-ons'> = {
  slug: 'add-ons',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'platform', 'price', 'interval'] },
  access: {
    read: publicOrManagedAddOns,
    create: canCreateOnPlatform,
    update: platformAdminScoped,
    delete: platformAdminScoped,
  },
  indexes: [{ fields: ['platform', 'code'], unique: true }],
  hooks: {
    beforeChange: [assertManagedPlatform, staleStripePrices(STRIPE_PRICE_FIELDS['add-ons'])],
    afterChange: [queueStripePriceSync('add-ons', STRIPE_PRICE_FIELDS['add-ons'])],
  },
  fields: [
    platformField(),
    slugField({ name: 'code' }),
    // Localized: the site, the admin, mails and the product named to Stripe read the add-on's name from here.
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', localized: true },
    centsField('price'),
    {
      name: 'interval',
      type: 'select',
      required: true,
      defaultValue: 'month',
      options: [
        { label: 'per month', value: 'month' },
        { label: 'per year', value: 'year' },
        { label: 'once', value: 'once' },
      ],
    },
    { name: 'stripePrice', type: 'text' },
    {
      name: 'raises',
      type: 'group',
      fields: [
        { name: 'limit', type: 'select', options: LIMIT_KEYS.map((key) => ({ label: key, value: key })) },
        { name: 'amount', type: 'number', min: 1, admin: { step: 1 } },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { canCreateOnPlatform, platformAdminScoped } from '@/access/platformAdminScoped'
import { publicOrManagedTiers } from '@/access/publicOrManagedTiers'
import { limitsGroup } from '@/fields/limitsGroup'
import { platformField } from '@/fields/platformField'
import { slugField } from '@/fields/slugField'
import { FEATURE_CODES } from '@/services/tiers/featureCodes'

const cents = (name: string, label: string) => ({
  name,
  label,
  type: 'number' as const,
  required: true,
  min: 0,
  defaultValue: 0,
  admin: { description: 'In cents (EUR).', step: 1 },
  validate: (value: unknown) => (Number.isInteger(value) && Number(value) >= 0) || 'Amounts are whole cents, 0 or more.',
})

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
  fields: [
    platformField(),
    slugField({ name: 'code' }),
    { name: 'name', type: 'text', required: true },
    cents('priceMonthly', 'Monthly price'),
    cents('priceAnnual', 'Annual price'),
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

import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@/access/nobody'
import { platformAdminScoped } from '@/access/platformAdminScoped'
import { platformField } from '@/fields/platformField'
import { CAPACITY_FIGURES } from '@/services/capacity/metrics'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

const count = (name: string): Field => ({ name, type: 'number', required: true, defaultValue: 0, min: 0 })

/**
 * One row per platform and day, written only by captureCapacitySnapshots (the captureCapacitySnapshot job and
 * POST /api/admin/capacity/snapshot) in one set-based statement: a second capture the same day updates the row.
 * Super admins read every platform's, platform admins their platforms', nobody writes over REST.
 */
export const CapacitySnapshots: CollectionConfig<'capacity-snapshots'> = {
  slug: 'capacity-snapshots',
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'platform', 'vendors.live', 'mrr.cents', 'day.signups'],
  },
  access: { read: platformAdminScoped, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['platform', 'date'], unique: true }],
  fields: [
    platformField(),
    { name: 'date', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'vendors',
      type: 'group',
      fields: [
        count('live'),
        // { trialing: n, active: n, past_due: n, canceled: n, expired: n }
        { name: 'byStatus', type: 'json', required: true },
        // [{ code, name, count }] of live subscriptions, by the tiers' sort order
        { name: 'byTier', type: 'json', required: true },
      ],
    },
    {
      name: 'capacity',
      type: 'group',
      fields: LIMIT_KEYS.map((key): Field => ({
        name: key,
        type: 'group',
        fields: CAPACITY_FIGURES.map((figure) => count(figure)),
      })),
    },
    {
      name: 'mrr',
      type: 'group',
      fields: [count('cents'), count('pastDueCents'), count('trialCents')],
    },
    {
      name: 'day',
      type: 'group',
      fields: [count('signups'), count('conversions'), count('cancellations')],
    },
  ],
}

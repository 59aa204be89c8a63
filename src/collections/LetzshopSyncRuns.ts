import type { CollectionConfig, Field } from 'payload'

import { appOnlyField } from '@/access/appOnlyField'

const count = (name: string): Field => ({
  name,
  type: 'number',
  required: true,
  defaultValue: 0,
  min: 0,
  access: appOnlyField,
})

export const LETZSHOP_SYNC_RUN_STATUSES = ['queued', 'running', 'succeeded', 'held', 'failed'] as const

/**
 * The history of a vendor's Letzshop sync: one row per run (queued by the owner or the schedule), with what it did.
 * `held`: stopped at the monthly order limit. Written only by the sync (src/services/letzshop/sync/).
 */
export const LetzshopSyncRuns: CollectionConfig<'letzshop-sync-runs'> = {
  slug: 'letzshop-sync-runs',
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['vendor', 'status', 'startedAt', 'imported', 'skipped', 'heldByLimit'],
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: LETZSHOP_SYNC_RUN_STATUSES.map((value) => ({ label: value, value })),
      index: true,
      access: appOnlyField,
    },
    {
      name: 'trigger',
      type: 'select',
      required: true,
      defaultValue: 'schedule',
      options: ['schedule', 'manual'].map((value) => ({ label: value, value })),
      access: appOnlyField,
    },
    { name: 'startedAt', type: 'date', access: appOnlyField },
    { name: 'finishedAt', type: 'date', access: appOnlyField },
    count('imported'),
    count('skipped'),
    count('heldByLimit'),
    { name: 'error', type: 'text', access: appOnlyField },
  ],
}

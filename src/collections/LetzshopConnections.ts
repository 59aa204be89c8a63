import type { CollectionConfig, FieldAccess } from 'payload'

import { appOnlyField } from '@/access/appOnlyField'

/** Never read, nor written, over REST, GraphQL or the admin, by anyone: the sealed API key. */
const sealed: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: () => false,
  ...appOnlyField,
}

export const LETZSHOP_CONNECTION_STATUSES = ['active', 'paused', 'failing'] as const

/**
 * A vendor's link to its Letzshop order API (one per vendor): the shop's API key sealed with
 * LETZSHOP_KEY_ENCRYPTION_KEY (src/services/letzshop/keyEncryption.ts) and never returned, only its last 4
 * characters; the sync's state. Written only by the Letzshop sync services (/api/vendor/letzshop/*, the job); vendor
 * scoping, the feature and the cascade come from the vendorOwned plugin.
 */
export const LetzshopConnections: CollectionConfig<'letzshop-connections'> = {
  slug: 'letzshop-connections',
  admin: { useAsTitle: 'shopSlug', defaultColumns: ['vendor', 'status', 'keyLast4', 'lastRunAt'] },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: LETZSHOP_CONNECTION_STATUSES.map((value) => ({ label: value, value })),
      index: true,
      access: appOnlyField,
    },
    { name: 'apiKeySealed', type: 'text', required: true, access: sealed, admin: { hidden: true } },
    { name: 'keyLast4', type: 'text', required: true, access: appOnlyField },
    {
      name: 'shopSlug',
      type: 'text',
      access: appOnlyField,
      admin: { description: 'The Letzshop shop the key opens.' },
    },
    { name: 'connectedAt', type: 'date', required: true, access: appOnlyField },
    { name: 'lastRunAt', type: 'date', access: appOnlyField },
    { name: 'failure', type: 'text', access: appOnlyField, admin: { description: 'Why the sync is failing.' } },
    {
      name: 'heldByLimit',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      access: appOnlyField,
      admin: { description: 'Orders waiting on Letzshop because the monthly order limit is reached.' },
    },
    // The period whose limit mail went out (one mail per period).
    { name: 'limitNoticeFor', type: 'text', access: appOnlyField, admin: { hidden: true } },
    // Held by the run in progress until then (the per-vendor lock, src/services/letzshop/sync/runLease.ts).
    { name: 'runLeaseUntil', type: 'date', access: appOnlyField, admin: { hidden: true } },
  ],
}

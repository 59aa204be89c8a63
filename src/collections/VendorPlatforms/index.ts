import type { CollectionConfig } from 'payload'

import { platformAdminOrOwnVendor } from '@/access/platformAdminOrOwnVendor'
import { canCreateOnPlatform, platformAdminScoped } from '@/access/platformAdminScoped'
import { platformField } from '@/fields/platformField'
import { vendorField } from '@/fields/vendorField'
import { assertManagedPlatform } from '@/hooks/assertManagedPlatform'
import { assertPlanOnPlatform } from '@/hooks/assertPlanOnPlatform'

import { assertVendorAttachable } from './hooks/assertVendorAttachable'
import { assignTrialSubscription } from './hooks/assignTrialSubscription'
import { stopBillingOnDeactivation } from './hooks/stopBillingOnDeactivation'

export const VendorPlatforms: CollectionConfig<'vendor-platforms'> = {
  slug: 'vendor-platforms',
  admin: {
    defaultColumns: ['vendor', 'platform', 'tier', 'isActive', 'joinedAt'],
  },
  access: {
    read: platformAdminOrOwnVendor,
    create: canCreateOnPlatform,
    update: platformAdminScoped,
    delete: platformAdminScoped,
  },
  indexes: [{ fields: ['vendor', 'platform'], unique: true }],
  hooks: {
    beforeChange: [assertManagedPlatform, assertVendorAttachable, assertPlanOnPlatform],
    afterChange: [assignTrialSubscription, stopBillingOnDeactivation],
  },
  fields: [
    vendorField(),
    platformField(),
    {
      name: 'tier',
      type: 'relationship',
      relationTo: 'subscription-tiers',
      admin: { description: "The tier the vendor's trial starts on. Empty = the platform's entry tier." },
    },
    { name: 'isActive', type: 'checkbox', defaultValue: true },
    { name: 'joinedAt', type: 'date', defaultValue: () => new Date().toISOString() },
  ],
}

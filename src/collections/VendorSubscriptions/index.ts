import type { CollectionConfig } from 'payload'

import { appOnlyField } from '@/access/appOnlyField'
import { isSuperAdmin } from '@/access/isSuperAdmin'
import { platformAdminOrOwnVendor } from '@/access/platformAdminOrOwnVendor'
import { platformAdminScoped } from '@/access/platformAdminScoped'
import { platformField } from '@/fields/platformField'
import { vendorField } from '@/fields/vendorField'
import { assertManagedPlatform } from '@/hooks/assertManagedPlatform'
import { assertPlanOnPlatform } from '@/hooks/assertPlanOnPlatform'
import { refuseAppOnlyFields } from '@/hooks/refuseAppOnlyFields'
import { SUBSCRIPTION_STATUSES } from '@/services/subscriptions/status'

import { dunningFields } from './dunningFields'
import { assertSubscriptionHolder } from './hooks/assertSubscriptionHolder'
import { stopStripeBillingOnDelete } from './hooks/stopStripeBilling'

/**
 * Written only from Stripe's state (signup, syncSubscriptionFromStripe, dunning): a platform admin who could set
 * them could point a row at another platform's Stripe customer and read or cancel its billing.
 */
const APP_ONLY_FIELDS = [
  'stripeCustomerId',
  'stripeSubscriptionId',
  'stripeScheduleId',
  'pendingTier',
  'pendingBillingPeriod',
  'pendingChangeAt',
  'cancelAtPeriodEnd',
  'dunningSince',
  'dunningGraceEndsAt',
  'dunningRemindersSent',
  'dunningReadOnly',
  'trialReminderSentFor',
  'stripeReadAt',
] as const

/** One per vendor and platform: the tier, its state and the period usage. Written by the platform, not by vendors. */
export const VendorSubscriptions: CollectionConfig<'vendor-subscriptions'> = {
  slug: 'vendor-subscriptions',
  admin: { defaultColumns: ['vendor', 'platform', 'tier', 'status', 'trialEndsAt'] },
  access: {
    read: platformAdminOrOwnVendor,
    create: isSuperAdmin,
    update: platformAdminScoped,
    delete: isSuperAdmin,
  },
  indexes: [{ fields: ['vendor', 'platform'], unique: true }],
  hooks: {
    beforeOperation: [refuseAppOnlyFields(APP_ONLY_FIELDS)],
    beforeChange: [assertManagedPlatform, assertSubscriptionHolder, assertPlanOnPlatform],
    beforeDelete: [stopStripeBillingOnDelete],
  },
  fields: [
    vendorField(),
    platformField(),
    { name: 'tier', type: 'relationship', relationTo: 'subscription-tiers', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'trialing',
      options: SUBSCRIPTION_STATUSES.map((value) => ({ label: value, value })),
      index: true,
    },
    {
      name: 'billingPeriod',
      type: 'select',
      required: true,
      defaultValue: 'monthly',
      options: [
        { label: 'monthly', value: 'monthly' },
        { label: 'annual', value: 'annual' },
      ],
    },
    { name: 'trialEndsAt', type: 'date' },
    { name: 'currentPeriodStart', type: 'date' },
    { name: 'currentPeriodEnd', type: 'date' },
    { name: 'ordersThisPeriod', type: 'number', defaultValue: 0, min: 0, admin: { readOnly: true } },
    { name: 'addOns', type: 'relationship', relationTo: 'add-ons', hasMany: true },
    { name: 'stripeCustomerId', type: 'text', index: true, access: appOnlyField, admin: { readOnly: true } },
    // Unique: a webhook's subscription must lead to exactly one row.
    { name: 'stripeSubscriptionId', type: 'text', unique: true, access: appOnlyField, admin: { readOnly: true } },
    // The change waiting for the end of the current period (a downgrade, annual to monthly, an add-on removal), as
    // Stripe's subscription schedule holds it; written only by syncSubscriptionFromStripe.
    {
      name: 'pendingTier',
      type: 'relationship',
      relationTo: 'subscription-tiers',
      access: appOnlyField,
      admin: { readOnly: true },
    },
    {
      name: 'pendingBillingPeriod',
      type: 'select',
      options: [
        { label: 'monthly', value: 'monthly' },
        { label: 'annual', value: 'annual' },
      ],
      access: appOnlyField,
      admin: { readOnly: true },
    },
    { name: 'pendingChangeAt', type: 'date', access: appOnlyField, admin: { readOnly: true } },
    {
      name: 'cancelAtPeriodEnd',
      type: 'checkbox',
      defaultValue: false,
      access: appOnlyField,
      admin: { readOnly: true },
    },
    { name: 'stripeScheduleId', type: 'text', access: appOnlyField, admin: { readOnly: true } },
    ...dunningFields,
    // The trial end the checkTrialExpirations job queued a reminder for: one reminder per trial (a new trial end,
    // another one).
    { name: 'trialReminderSentFor', type: 'date', access: appOnlyField, admin: { readOnly: true, hidden: true } },
    // When (database clock) the Stripe read last applied to the row began: an older read is not applied over it
    // (syncSubscriptionFromStripe).
    { name: 'stripeReadAt', type: 'date', access: appOnlyField, admin: { readOnly: true, hidden: true } },
  ],
}

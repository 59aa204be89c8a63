import { APIError, type CollectionAfterChangeHook } from 'payload'

import { t } from '@/i18n/t'
import type { VendorPlatform } from '@/payload-types'
import { TRIAL_DAYS } from '@/services/subscriptions/status'
import { entryTier } from '@/services/tiers/getTierInfo'
import { relationId } from '@/utilities/relationId'

const DAY = 24 * 60 * 60 * 1000

/**
 * A vendor joining a platform starts a 30-day trial on the tier chosen on the membership, else the
 * platform's entry tier, in the same transaction as the membership.
 */
export const assignTrialSubscription: CollectionAfterChangeHook<VendorPlatform> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const vendor = relationId(doc.vendor)!
  const platform = relationId(doc.platform)!
  const existing = await req.payload.count({
    collection: 'vendor-subscriptions',
    where: { and: [{ vendor: { equals: vendor } }, { platform: { equals: platform } }] },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) return doc

  const tier = relationId(doc.tier) ?? (await entryTier(req, platform))?.id
  if (!tier) {
    throw new APIError(t(req, 'platformHasNoEntryTier'), 400, null, true)
  }
  const now = new Date()
  const trialEndsAt = new Date(now.getTime() + TRIAL_DAYS * DAY).toISOString()
  await req.payload.create({
    collection: 'vendor-subscriptions',
    data: {
      vendor,
      platform,
      tier,
      status: 'trialing',
      billingPeriod: 'monthly',
      trialEndsAt,
      currentPeriodStart: now.toISOString(),
      currentPeriodEnd: trialEndsAt,
      ordersThisPeriod: 0,
    },
    overrideAccess: true,
    req,
  })
  return doc
}

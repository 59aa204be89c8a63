import type { PayloadRequest } from 'payload'

import type { Platform, SubscriptionTier, Vendor } from '@/payload-types'
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '@/services/subscriptions/status'

/** How far ahead the overview looks for trials about to end. */
export const TRIALS_ENDING_DAYS = 14
const RECENT_VENDORS = 5

export type PlatformOverview = {
  platform: Pick<Platform, 'id' | 'code' | 'name'>
  vendors: number
  subscriptionsByStatus: Record<SubscriptionStatus, number>
  recentVendors: { id: number; name: string; slug: string; joinedAt: string | null }[]
  trialsEnding: { vendor: { id: number; name: string; slug: string }; plan: string; trialEndsAt: string }[]
}

/**
 * A platform admin's first look at the platforms it manages: how many shops, their subscriptions by status, the
 * latest shops and the trials ending within TRIALS_ENDING_DAYS of `now`. Only the given platforms are read.
 */
export async function platformOverviews(
  req: PayloadRequest,
  platformIds: number[],
  now: Date,
): Promise<PlatformOverview[]> {
  if (platformIds.length === 0) return []
  const { docs: platforms } = await req.payload.find({
    collection: 'platforms',
    where: { id: { in: platformIds } },
    select: { code: true, name: true },
    sort: 'name',
    pagination: false,
    overrideAccess: true,
    req,
  })
  const horizon = new Date(now.getTime() + TRIALS_ENDING_DAYS * 86_400_000).toISOString()
  return Promise.all(
    platforms.map(async (platform): Promise<PlatformOverview> => {
      const onPlatform = { platform: { equals: platform.id } }
      const [vendors, recent, trials, ...byStatus] = await Promise.all([
        req.payload.count({ collection: 'vendor-platforms', where: onPlatform, overrideAccess: true, req }),
        req.payload.find({
          collection: 'vendor-platforms',
          where: onPlatform,
          sort: '-joinedAt',
          limit: RECENT_VENDORS,
          depth: 1,
          overrideAccess: true,
          req,
        }),
        req.payload.find({
          collection: 'vendor-subscriptions',
          where: {
            and: [
              onPlatform,
              { status: { equals: 'trialing' } },
              { trialEndsAt: { greater_than_equal: now.toISOString() } },
              { trialEndsAt: { less_than_equal: horizon } },
            ],
          },
          sort: 'trialEndsAt',
          limit: 20,
          depth: 1,
          overrideAccess: true,
          req,
        }),
        ...SUBSCRIPTION_STATUSES.map((status) =>
          req.payload.count({
            collection: 'vendor-subscriptions',
            where: { and: [onPlatform, { status: { equals: status } }] },
            overrideAccess: true,
            req,
          }),
        ),
      ])
      const named = (vendor: Vendor) => ({ id: vendor.id, name: vendor.name, slug: vendor.slug })
      return {
        platform: { id: platform.id, code: platform.code, name: platform.name },
        vendors: vendors.totalDocs,
        subscriptionsByStatus: Object.fromEntries(
          SUBSCRIPTION_STATUSES.map((status, index) => [status, byStatus[index]!.totalDocs]),
        ) as Record<SubscriptionStatus, number>,
        recentVendors: recent.docs.map((row) => ({ ...named(row.vendor as Vendor), joinedAt: row.joinedAt ?? null })),
        trialsEnding: trials.docs.map((row) => ({
          vendor: named(row.vendor as Vendor),
          plan: (row.tier as SubscriptionTier).name,
          trialEndsAt: row.trialEndsAt!,
        })),
      }
    }),
  )
}

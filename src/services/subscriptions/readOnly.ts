import type { PayloadRequest } from 'payload'

import { Forbidden } from '../errors'

import { isReadOnlySubscription } from './status'
import { readOnlySubscriptionOf } from './subscriptionRows'

const READ_ONLY_MESSAGES = {
  expired: 'subscriptionExpiredReadOnly',
  past_due: 'subscriptionPastDueReadOnly',
  canceled: 'subscriptionCanceledReadOnly',
} as const

export const readOnlyError = (tierName: string, status: string): Forbidden =>
  new Forbidden(
    READ_ONLY_MESSAGES[status as keyof typeof READ_ONLY_MESSAGES] ?? READ_ONLY_MESSAGES.canceled,
    { plan: tierName },
    { data: { readOnly: true } },
  )

/**
 * Refuses a write to a vendor's data on a platform while its subscription is canceled, expired, or past due beyond
 * its grace period (src/services/subscriptions/status.ts, isReadOnlySubscription). One indexed
 * read in the write's transaction, so it is cheap enough for every write path.
 */
export async function assertVendorWritable(req: PayloadRequest, vendorId: number, platformId: number): Promise<void> {
  const row = await readOnlySubscriptionOf(req, vendorId, platformId)
  if (row) throw readOnlyError(row.tierName, row.status)
}

/**
 * Refuses a write to the vendor itself (not tied to one platform, e.g. claiming its Letzshop shop) when every
 * subscription it has is read-only; a vendor with no subscription yet, or one live one, may write.
 */
export async function assertVendorAccountWritable(req: PayloadRequest, vendorId: number): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { vendor: { equals: vendorId } },
    select: { status: true, tier: true, dunningReadOnly: true },
    populate: { 'subscription-tiers': { name: true } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0 || docs.some((doc) => !isReadOnlySubscription(doc))) return
  const latest = docs[docs.length - 1]
  throw readOnlyError(typeof latest.tier === 'object' ? latest.tier.name : '', latest.status)
}

import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { t } from '@/i18n/t'

import { transactionDb } from '../transactions'

import { READ_ONLY_STATUSES, READ_ONLY_STATUSES_SQL } from './status'

export const readOnlyError = (req: PayloadRequest, tierName: string, status: string) =>
  new APIError(
    t(req, status === 'expired' ? 'subscriptionExpiredReadOnly' : 'subscriptionCanceledReadOnly', { plan: tierName }),
    403,
    { readOnly: true },
    true,
  )

/**
 * Refuses a write to a vendor's data on a platform while its subscription is canceled or expired. One indexed
 * read in the write's transaction, so it is cheap enough for every write path.
 */
export async function assertVendorWritable(req: PayloadRequest, vendorId: number, platformId: number): Promise<void> {
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    SELECT s.status, t.name FROM vendor_subscriptions s JOIN subscription_tiers t ON t.id = s.tier_id
    WHERE s.vendor_id = ${vendorId} AND s.platform_id = ${platformId} AND s.status IN ${sql.raw(READ_ONLY_STATUSES_SQL)}
    LIMIT 1`)
  const row = result.rows[0] as { status: string; name: string } | undefined
  if (row) throw readOnlyError(req, row.name, row.status)
}

/**
 * Refuses a write to the vendor itself (not tied to one platform, e.g. claiming its Letzshop shop) when every
 * subscription it has is canceled or expired; a vendor with no subscription yet, or one live one, may write.
 */
export async function assertVendorAccountWritable(req: PayloadRequest, vendorId: number): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { vendor: { equals: vendorId } },
    select: { status: true, tier: true },
    populate: { 'subscription-tiers': { name: true } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0 || docs.some((doc) => !READ_ONLY_STATUSES.includes(doc.status))) return
  const latest = docs[docs.length - 1]
  throw readOnlyError(req, typeof latest.tier === 'object' ? latest.tier.name : '', latest.status)
}

import type { PayloadRequest } from 'payload'

import { transactionLock } from './db/locks'
import { LimitReached } from './errors'
import type { LimitRule } from './limitRules'
import { readOnlyError } from './subscriptions/readOnly'
import type { VendorPlan } from './subscriptions/vendorPlan'
import { LIMIT_KEYS } from './tiers/limitKeys'

/**
 * Serialises writes governed by one of a vendor's limits until the current transaction ends, so that
 * count-then-insert holds under concurrent requests (PostgreSQL runs READ COMMITTED).
 */
export const lockVendorLimit = (req: PayloadRequest, limit: string, vendorId: number): Promise<void> =>
  transactionLock(req, limit, vendorId)

/**
 * Every limit lock of a vendor, taken in a fixed order (as a limited insert takes one of them): a plan change checks
 * the usage and lowers the limits under them, so no insert slips between its check and its write.
 */
export async function lockAllVendorLimits(req: PayloadRequest, vendorId: number): Promise<void> {
  for (const limit of LIMIT_KEYS) await lockVendorLimit(req, limit, vendorId)
}

/** `Product limit reached: your Essential plan allows 100 products (products). Upgrade or archive products.` */
export const limitReached = (rule: Pick<LimitRule, 'message'>, plan: VendorPlan, limit: number): LimitReached =>
  new LimitReached(rule.message, { plan: plan.tier.name, count: limit })

/** Expired and canceled subscriptions keep the vendor's data readable but refuse new data. */
export function assertWritable(plan: VendorPlan | null): void {
  if (plan?.readOnly) throw readOnlyError(plan.tier.name, plan.subscription!.status)
}

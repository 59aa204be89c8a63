import type { PayloadRequest } from 'payload'

import type { LimitRule } from '../limitRules'
import { assertWritable, limitReached } from '../limits'
import { countOrderInPeriod } from '../subscriptions/subscriptionRows'
import { vendorPlan } from '../subscriptions/vendorPlan'

/**
 * Counts one more order against ordersPerMonth (countOrderInPeriod: one conditional UPDATE of the subscription row,
 * whose lock serialises concurrent orders of one vendor until the order's transaction ends). Run it as late as
 * possible in the transaction (afterChange) so that the lock is held briefly.
 */
export async function consumeOrderQuota(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  rule: LimitRule,
): Promise<void> {
  if (await countOrderInPeriod(req, vendorId, platformId)) return

  // Refused, or no subscription at all (vendors that joined before subscriptions): find out which.
  const plan = await vendorPlan(req, vendorId, platformId)
  if (!plan?.subscription) return
  assertWritable(plan)
  throw limitReached(rule, plan, plan.limits[rule.limit]!)
}

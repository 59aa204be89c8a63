import type { PayloadRequest } from 'payload'

import type { LimitRule } from '../limitRules'
import { assertWritable, limitReached } from '../limits'
import { countOrdersInPeriod } from '../subscriptions/subscriptionRows'
import { vendorPlan } from '../subscriptions/vendorPlan'

/**
 * Counts `wanted` more orders (one by default) against ordersPerMonth (countOrdersInPeriod: one statement on the
 * subscription row, whose lock serialises concurrent orders of one vendor until the orders' transaction ends) and
 * answers how many the plan allows, at least one: with none left it throws the limit's refusal (or the read-only
 * one). A vendor without a subscription (joined before subscriptions) is not limited. Run it as late as possible in
 * the transaction so that the lock is held briefly. Every order is counted here: the collection's hook for the
 * admin and REST, createOrders for the Letzshop import.
 */
export async function consumeOrderQuota(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
  rule: LimitRule,
  wanted = 1,
): Promise<number> {
  const counted = await countOrdersInPeriod(req, vendorId, platformId, wanted)
  if (counted > 0) return counted

  // Refused, or no subscription at all: find out which.
  const plan = await vendorPlan(req, vendorId, platformId)
  if (!plan?.subscription) return wanted
  assertWritable(plan)
  throw limitReached(rule, plan, plan.limits[rule.limit]!)
}

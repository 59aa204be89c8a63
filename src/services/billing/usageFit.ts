import type { PayloadRequest } from 'payload'

import type { Message, MessageRef } from '@/i18n/t'
import { Conflict } from '@/services/errors'
import { usageSummary } from '@/services/subscriptions/usageSummary'
import type { Limits } from '@/services/tiers/getTierInfo'
import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'

import type { BillingTarget } from './types'

const LIMIT_WORDS: Record<LimitKey, Message> = {
  ordersPerMonth: 'billingLimitOrdersPerMonth',
  products: 'billingLimitProducts',
  teamMembers: 'billingLimitTeamMembers',
  cmsPages: 'billingLimitCmsPages',
  cmsCustomPages: 'billingLimitCmsCustomPages',
}

export type LimitExcess = { limit: LimitKey; used: number; allowed: number }

/**
 * The limits the vendor's current usage exceeds under `limits`, counted by the same counters that enforce them
 * (usageSummary). A change at the end of the period ignores the orders counter, which the new period resets.
 */
export async function usageExcess(
  req: PayloadRequest,
  target: BillingTarget,
  limits: Limits,
  options: { atPeriodEnd: boolean },
): Promise<LimitExcess[]> {
  const usage = await usageSummary(req, target.vendor.id, target.platform.id, target.plan)
  return LIMIT_KEYS.filter((key) => !(options.atPeriodEnd && key === 'ordersPerMonth'))
    .filter((key) => limits[key] !== null && usage[key].used > limits[key]!)
    .map((key) => ({ limit: key, used: usage[key].used, allowed: limits[key]! }))
}

/** A conflict listing each limit the usage exceeds: "You have 340 products; Essential allows 100. …" */
export async function assertUsageFits(
  req: PayloadRequest,
  target: BillingTarget,
  plan: string | MessageRef,
  limits: Limits,
  options: { atPeriodEnd: boolean },
): Promise<void> {
  const excess = await usageExcess(req, target, limits, options)
  if (excess.length === 0) return
  const lines = excess.map(({ limit, used, allowed }) => ({
    message: 'billingOverLimitLine' as const,
    vars: { used, what: { message: LIMIT_WORDS[limit] }, plan, limit: allowed },
  }))
  throw new Conflict('billingOverLimit', { details: { join: '. ', messages: lines } }, { data: { limits: excess } })
}

import { APIError, type PayloadRequest } from 'payload'

import { t } from '@/i18n/t'
import type { LimitRule } from '@/plugins/tierLimits/types'

import { transactionLock } from './db/locks'
import { readOnlyError } from './subscriptions/readOnly'
import type { VendorPlan } from './subscriptions/vendorPlan'

/**
 * Serialises writes governed by one of a vendor's limits until the current transaction ends, so that
 * count-then-insert holds under concurrent requests (PostgreSQL runs READ COMMITTED).
 */
export const lockVendorLimit = (req: PayloadRequest, limit: string, vendorId: number): Promise<void> => transactionLock(req, limit, vendorId)

export const limitReached = (message: string) => new APIError(message, 403, { limit: true }, true)

/** `Product limit reached: your Essential plan allows 100 products (products). Upgrade or archive products.`, in the user's language. */
export function limitMessage(req: PayloadRequest, rule: Pick<LimitRule, 'message'>, plan: VendorPlan, limit: number): string {
  return t(req, rule.message, { plan: plan.tier.name, count: limit })
}

/** Expired and canceled subscriptions keep the vendor's data readable but refuse new data. */
export function assertWritable(req: PayloadRequest, plan: VendorPlan | null): void {
  if (plan?.readOnly) throw readOnlyError(req, plan.tier.name, plan.subscription!.status)
}

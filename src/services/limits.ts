import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import type { VendorPlan } from './subscriptions/vendorPlan'
import { transactionDb } from './transactions'

/** Only bench/limits switches enforcement off (BENCH_DISABLE_LIMITS=1), to measure what it costs. */
export const limitsEnforced = (): boolean => process.env.BENCH_DISABLE_LIMITS !== '1'

/**
 * Serialises writes governed by one of a vendor's limits until the current transaction ends, so that
 * count-then-insert holds under concurrent requests (PostgreSQL runs READ COMMITTED).
 */
export async function lockVendorLimit(req: PayloadRequest, limit: string, vendorId: number): Promise<void> {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${limit}), ${vendorId})`)
}

export const limitReached = (message: string) => new APIError(message, 403, { limit: true }, true)

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/** `Product limit reached: your Essential plan allows 100 products (products). Upgrade or archive products.` */
export function limitMessage(what: string, plan: VendorPlan, limit: number, key: string, advice: string, noun = what.toLowerCase()): string {
  return `${what} limit reached: your ${plan.tier.name} plan allows ${plural(limit, noun)} (${key}). ${advice}`
}

/** Expired and canceled subscriptions keep the vendor's data readable but refuse new data. */
export function assertWritable(plan: VendorPlan | null): void {
  if (!plan?.readOnly) return
  throw new APIError(
    `Your ${plan.tier.name} subscription is ${plan.subscription?.status}: your data is read-only until you renew it.`,
    403,
    null,
    true,
  )
}

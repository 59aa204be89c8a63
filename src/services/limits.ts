import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import type { LimitRule } from '@/plugins/tierLimits/types'

import { readOnlyError } from './subscriptions/readOnly'
import type { VendorPlan } from './subscriptions/vendorPlan'
import { transactionDb } from './transactions'

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

type MessageRule = Pick<LimitRule, 'what' | 'noun' | 'advice' | 'limit'>

/** `Product limit reached: your Essential plan allows 100 products (products). Upgrade or archive products.` */
export function limitMessage({ what, noun = what.toLowerCase(), advice, limit: key }: MessageRule, plan: VendorPlan, limit: number): string {
  return `${what} limit reached: your ${plan.tier.name} plan allows ${plural(limit, noun)} (${key}). ${advice}`
}

/** Expired and canceled subscriptions keep the vendor's data readable but refuse new data. */
export function assertWritable(plan: VendorPlan | null): void {
  if (plan?.readOnly) throw readOnlyError(plan.tier.name, plan.subscription!.status)
}

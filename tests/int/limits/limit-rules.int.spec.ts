import { sql } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AddOn, Platform, Vendor } from '@/payload-types'
import { effectiveLimitSql } from '@/services/subscriptions/effectiveLimitSql'
import { effectiveLimits } from '@/services/subscriptions/vendorPlan'
import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'
import { tierInfo } from '@/services/tiers/getTierInfo'
import { transactionDb } from '@/services/transactions'

import { createPlatform, createVendor, uid } from '../../helpers/fixtures'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let vendor: Vendor

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform }])
})

const limit = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null })
const tierLimits = fc.record(Object.fromEntries(LIMIT_KEYS.map((key) => [key, limit])) as Record<LimitKey, typeof limit>)
const raise = fc.record({ limit: fc.constantFrom(...LIMIT_KEYS), amount: fc.integer({ min: 1, max: 10_000 }) })

describe('the limit rules', () => {
  it('effectiveLimitSql (the order hot path) agrees with effectiveLimits on generated tiers and add-ons', async () => {
    const subscription = (await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } }, depth: 0 })).docs[0]
    // 40 seeded runs: every limit key, unlimited tiers, several add-ons on one limit, add-ons on unlimited ones.
    await fc.assert(
      fc.asyncProperty(tierLimits, fc.array(raise, { maxLength: 4 }), async (limits, raises) => {
        const tier = await payload.create({
          collection: 'subscription-tiers',
          data: { platform: platform.id, code: `t-${uid()}`, name: 'Generated', priceMonthly: 0, priceAnnual: 0, limits, features: [] },
        })
        const addOns: AddOn[] = []
        for (const raisesLimit of raises) {
          addOns.push(
            await payload.create({
              collection: 'add-ons',
              data: { platform: platform.id, code: `a-${uid()}`, name: 'Generated', price: 0, interval: 'month', raises: raisesLimit },
            }),
          )
        }
        await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { tier: tier.id, addOns: addOns.map((a) => a.id) } })
        const db = await transactionDb({ payload } as never)
        for (const key of LIMIT_KEYS) {
          const result = await db.execute(sql`
            SELECT ${effectiveLimitSql(key)} AS allowed FROM vendor_subscriptions s JOIN subscription_tiers t ON t.id = s.tier_id
            WHERE s.id = ${subscription.id}`)
          const fromSql = (result.rows[0] as { allowed: string | number | null }).allowed
          const expected = effectiveLimits(tierInfo(tier), addOns)[key]
          expect(fromSql === null ? null : Number(fromSql)).toBe(expected)
        }
      }),
      { numRuns: 40, seed: 20261128 },
    )
  }, 120_000)
})

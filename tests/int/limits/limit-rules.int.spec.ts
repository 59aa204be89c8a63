import { sql } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AddOn, Platform, Vendor } from '@/payload-types'
import { limitColumn, subscriptionUsageCtes } from '@/services/capacity/subscriptionUsageSql'
import { effectiveLimitSql } from '@/services/subscriptions/effectiveLimitSql'
import { usageSummary } from '@/services/subscriptions/usageSummary'
import { effectiveLimits, vendorPlan } from '@/services/subscriptions/vendorPlan'
import { tierInfo } from '@/services/tiers/getTierInfo'
import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'
import { transactionDb } from '@/services/transactions'

import { createPlatform, createVendor, omsPlatform, uid } from '../../helpers/fixtures'
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
const tierLimits = fc.record(
  Object.fromEntries(LIMIT_KEYS.map((key) => [key, limit])) as Record<LimitKey, typeof limit>,
)
const raise = fc.record({ limit: fc.constantFrom(...LIMIT_KEYS), amount: fc.integer({ min: 1, max: 10_000 }) })

describe('the limit rules', () => {
  it('effectiveLimitSql (the order hot path) and its set form (capacity snapshots, subscriptionUsageCtes) agree with effectiveLimits on generated tiers and add-ons', async () => {
    const subscription = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: vendor.id } }, depth: 0 })
    ).docs[0]
    // 40 seeded runs: every limit key, unlimited tiers, several add-ons on one limit, add-ons on unlimited ones.
    await fc.assert(
      fc.asyncProperty(tierLimits, fc.array(raise, { maxLength: 4 }), async (limits, raises) => {
        const tier = await payload.create({
          collection: 'subscription-tiers',
          data: {
            platform: platform.id,
            code: `t-${uid()}`,
            name: 'Generated',
            priceMonthly: 0,
            priceAnnual: 0,
            limits,
            features: [],
          },
        })
        const addOns: AddOn[] = []
        for (const raisesLimit of raises) {
          addOns.push(
            await payload.create({
              collection: 'add-ons',
              data: {
                platform: platform.id,
                code: `a-${uid()}`,
                name: 'Generated',
                price: 0,
                interval: 'month',
                raises: raisesLimit,
              },
            }),
          )
        }
        await payload.update({
          collection: 'vendor-subscriptions',
          id: subscription.id,
          data: { tier: tier.id, addOns: addOns.map((a) => a.id) },
        })
        const db = await transactionDb({ payload } as never)
        const asLimit = (rows: unknown[]) => {
          const { allowed } = rows[0] as { allowed: string | number | null }
          return allowed === null ? null : Number(allowed)
        }
        for (const key of LIMIT_KEYS) {
          const expected = effectiveLimits(tierInfo(tier), addOns)[key]
          const hotPath = await db.execute(sql`
            SELECT ${effectiveLimitSql(key)} AS allowed FROM vendor_subscriptions s JOIN subscription_tiers t ON t.id = s.tier_id
            WHERE s.id = ${subscription.id}`)
          expect(asLimit(hotPath.rows), `effectiveLimitSql, ${key}`).toBe(expected)
          // The set form: every subscription's limits in one pass (add-on raises summed per subscription), as the
          // capacity snapshot and the near-limit recommendations read them.
          const setForm = await db.execute(sql`${subscriptionUsageCtes([platform.id])}
            SELECT ${limitColumn(key)} AS allowed FROM subscription_usage WHERE id = ${subscription.id}`)
          expect(asLimit(setForm.rows), `subscriptionUsageCtes, ${key}`).toBe(expected)
        }
      }),
      { numRuns: 40, seed: 20261128 },
    )
  }, 120_000)
})

describe('the usage shown and the limits enforced', () => {
  // Products and team members are counted twice: by the tierLimits hooks (Payload's count, on every write) and by
  // usageSummary (one SQL query, for the dashboard, the billing page and the plan-change fit). The twins agree when
  // the number shown is exactly where enforcement starts refusing.
  it('count products and team members alike: enforcement refuses at the displayed count and admits one below it', async () => {
    const {
      platform: oms,
      tiers: [tier],
    } = await omsPlatform(payload, [{ code: 'counted', limits: { products: null, teamMembers: null } }])
    const setLimits = (limits: { products: number | null; teamMembers: number | null }) =>
      payload.update({ collection: 'subscription-tiers', id: tier.id, data: { limits } })
    const product = (shop: Vendor) =>
      payload.create({
        collection: 'products',
        data: { vendor: shop.id, platform: oms.id, title: 'Counted', sku: `s-${uid()}`, price: 100 },
      })
    const member = (shops: Vendor[]) =>
      payload.create({
        collection: 'users',
        data: {
          email: `m${uid()}@example.test`,
          password: 'counted-password-1',
          roles: ['vendor-member'],
          vendors: shops.map((shop) => shop.id),
        },
      })
    const repeat = async (times: number, make: () => Promise<unknown>) => {
      for (let n = 0; n < times; n++) await make()
    }

    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 3 }),
        fc.nat({ max: 2 }),
        fc.nat({ max: 2 }),
        fc.nat({ max: 2 }),
        async (own, neighbours, members, shared) => {
          await setLimits({ products: null, teamMembers: null })
          const shop = await createVendor(payload, [{ platform: oms, tier }])
          const neighbour = await createVendor(payload, [{ platform: oms, tier }])
          await repeat(own, () => product(shop))
          await repeat(neighbours, () => product(neighbour))
          await repeat(members, () => member([shop]))
          await repeat(shared, () => member([shop, neighbour]))

          const req = await createLocalReq({}, payload)
          const { products, teamMembers } = await usageSummary(
            req,
            shop.id,
            oms.id,
            (await vendorPlan(req, shop.id, oms.id))!,
          )
          expect({ products: products.used, teamMembers: teamMembers.used }).toEqual({
            products: own,
            teamMembers: members + shared,
          })

          await setLimits({ products: products.used, teamMembers: teamMembers.used })
          await expect(product(shop)).rejects.toThrow()
          await expect(member([shop])).rejects.toThrow()
          await setLimits({ products: products.used + 1, teamMembers: teamMembers.used + 1 })
          await product(shop)
          await member([shop])
        },
      ),
      { numRuns: 8, seed: 20261207 },
    )
  }, 300_000)
})

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { AddOn, Platform, SubscriptionTier, Vendor, VendorSubscription } from '@/payload-types'
import * as tables from '@/services/db/tables'

import { createPage, createPlatform, createVendor, PASSWORD, uid } from './fixtures'

type SubscriptionChange = Partial<
  Pick<VendorSubscription, 'status' | 'billingPeriod' | 'ordersThisPeriod' | 'trialEndsAt'>
> & {
  addOns?: number[]
}

/** Sets a subscription's state as the app would have written it. */
export async function setSubscription(
  payload: Payload,
  vendor: Vendor,
  platform: Platform,
  change: SubscriptionChange,
) {
  const { docs } = await payload.find({
    collection: 'vendor-subscriptions',
    where: { and: [{ vendor: { equals: vendor.id } }, { platform: { equals: platform.id } }] },
    limit: 1,
  })
  return payload.update({ collection: 'vendor-subscriptions', id: docs[0]!.id, data: change })
}

/** `count` products of the vendor on the platform, inserted directly (products are OMS-only through the API). */
export async function insertProducts(payload: Payload, vendor: Vendor, platform: Platform, count: number) {
  const products = tables.products
  for (let index = 0; index < count; index++) {
    await payload.db.drizzle.execute(
      sql`INSERT INTO ${products} (${products.vendor_id}, ${products.platform_id}, title, sku, price)
        VALUES (${vendor.id}, ${platform.id}, 'p', ${`sku-${uid()}`}, 100)`,
    )
  }
}

/** `count` team users of the vendor. */
export async function addTeam(payload: Payload, vendor: Vendor, count: number) {
  for (let index = 0; index < count; index++) {
    await payload.create({
      collection: 'users',
      data: { email: `t${uid()}@example.test`, password: PASSWORD, roles: ['vendor-member'], vendors: [vendor.id] },
    })
  }
}

export type CapacityWorld = {
  platform: Platform
  small: SubscriptionTier
  big: SubscriptionTier
  moreProducts: AddOn
  moreOrdersYearly: AddOn
  /** active, monthly, +5 products add-on: 9 products, 90 orders, 2 team members, an override and a custom page */
  v1: Vendor
  /** active, annual, +50 orders yearly add-on: 20 orders */
  v2: Vendor
  /** trialing on the unlimited tier: 3 products, 7 orders, 1 team member, 1 custom page */
  v3: Vendor
  /** past due: 10 products (at its limit) */
  v4: Vendor
  /** canceled */
  v5: Vendor
}

/**
 * The hand-counted platform of the capacity tests (expected figures in tests/int/capacity/snapshots.int.spec.ts):
 * tier "small" (products 10, orders 100, team 2, pages 5, custom pages 2; 10.00 a month, 100.00 a year) and tier
 * "big" (unlimited; 20.00 / 200.00), an add-on of +5 products at 5.00 a month and one of +50 orders at 12.00 a year.
 */
export async function capacityWorld(payload: Payload): Promise<CapacityWorld> {
  const features = ['cms_basic', 'cms_custom_pages'] as const
  const { platform, tiers } = await createPlatform(payload, [
    {
      code: 'small',
      limits: { products: 10, ordersPerMonth: 100, teamMembers: 2, cmsPages: 5, cmsCustomPages: 2 },
      features: [...features],
    },
    { code: 'big', limits: {}, features: [...features] },
  ])
  const [small, big] = tiers as [SubscriptionTier, SubscriptionTier]
  const addOn = (
    code: string,
    price: number,
    interval: 'month' | 'year',
    limit: 'products' | 'ordersPerMonth',
    amount: number,
  ) =>
    payload.create({
      collection: 'add-ons',
      data: { platform: platform.id, code: `${code}-${uid()}`, name: code, price, interval, raises: { limit, amount } },
    })
  const moreProducts = await addOn('more-products', 500, 'month', 'products', 5)
  const moreOrdersYearly = await addOn('more-orders', 1200, 'year', 'ordersPerMonth', 50)
  await createPage(payload, { platform, slug: 'about' })

  const v1 = await createVendor(payload, [{ platform, tier: small }])
  await setSubscription(payload, v1, platform, { status: 'active', ordersThisPeriod: 90, addOns: [moreProducts.id] })
  await insertProducts(payload, v1, platform, 9)
  await addTeam(payload, v1, 2)
  await createPage(payload, { platform, vendor: v1, slug: 'about' })
  await createPage(payload, { platform, vendor: v1, slug: 'mine' })

  const v2 = await createVendor(payload, [{ platform, tier: small }])
  await setSubscription(payload, v2, platform, {
    status: 'active',
    billingPeriod: 'annual',
    ordersThisPeriod: 20,
    addOns: [moreOrdersYearly.id],
  })

  const v3 = await createVendor(payload, [{ platform, tier: big }])
  await setSubscription(payload, v3, platform, { ordersThisPeriod: 7 })
  await insertProducts(payload, v3, platform, 3)
  await addTeam(payload, v3, 1)
  await createPage(payload, { platform, vendor: v3, slug: 'custom' })

  const v4 = await createVendor(payload, [{ platform, tier: small }])
  await setSubscription(payload, v4, platform, { status: 'past_due' })
  await insertProducts(payload, v4, platform, 10)

  const v5 = await createVendor(payload, [{ platform, tier: small }])
  await setSubscription(payload, v5, platform, { status: 'canceled' })

  return { platform, small, big, moreProducts, moreOrdersYearly, v1, v2, v3, v4, v5 }
}

/**
 * The data bench:jobs runs on, loaded set-based (generate_series) into its own database: two platforms with one tier
 * each (finite limits on orders, products, team members and CMS pages; custom pages unlimited) and two add-ons each
 * (Payload creates those few rows), then `size` vendors with their owners, memberships and subscription rows, and what
 * a capacity snapshot counts: products, the platforms' default pages and the vendors' own, second team members and
 * add-ons held.
 *
 * Subscriptions (i % 10): 0-3 active with a monthly period that ended (0 billed on Stripe), 4-5 active in a current
 * period, 6-9 trialing with trial ends spread from 2 days ago to 30 days ahead. Per vendor: i % 10 products, i % 4
 * pages (the first one a default page's slug), a second team member when i % 5 = 0, an add-on when i % 7 = 0 (a
 * monthly products raise) or i % 7 = 1 (an annual orders raise).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type Db = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }> }
export const dbOf = (payload: Payload) => (payload.db as unknown as { drizzle: Db }).drizzle

const DEFAULT_SLUGS = ['about', 'contact', 'legal']

type PlatformPlan = { platform: number; tier: number; products: number; orders: number }

/** The platforms, their tier and add-ons: found, else created through the Local API. */
async function platformPlans(payload: Payload): Promise<PlatformPlan[]> {
  const plans: PlatformPlan[] = []
  for (const code of ['oms', 'loyalty']) {
    const existing = await payload.find({ collection: 'platforms', where: { code: { equals: code } }, limit: 1 })
    const platform =
      existing.docs[0] ??
      (await payload.create({
        collection: 'platforms',
        data: { code, name: code.toUpperCase(), domains: [{ domain: `${code}.bench.test` }] },
      }))
    const onPlatform = { platform: { equals: platform.id } }
    const tier =
      (await payload.find({ collection: 'subscription-tiers', where: onPlatform, limit: 1 })).docs[0] ??
      (await payload.create({
        collection: 'subscription-tiers',
        data: {
          platform: platform.id,
          code: 'essential',
          name: 'Essential',
          priceMonthly: 4900,
          priceAnnual: 49000,
          limits: { ordersPerMonth: 1000, products: 10, teamMembers: 3, cmsPages: 5, cmsCustomPages: null },
          features: ['cms_basic'],
        },
      }))
    const addOn = async (code: string, interval: 'month' | 'year', limit: 'products' | 'ordersPerMonth') =>
      (await payload.find({ collection: 'add-ons', where: { and: [onPlatform, { code: { equals: code } }] } }))
        .docs[0] ??
      (await payload.create({
        collection: 'add-ons',
        data: {
          platform: platform.id,
          code,
          name: code,
          price: interval === 'month' ? 900 : 9000,
          interval,
          raises: { limit, amount: 100 },
        },
      }))
    plans.push({
      platform: platform.id,
      tier: tier.id,
      products: (await addOn('more-products', 'month', 'products')).id,
      orders: (await addOn('more-orders', 'year', 'ordersPerMonth')).id,
    })
  }
  return plans
}

/**
 * Empties the tables and loads `size` subscriptions (see the file's comment); with `capacity`, also what a snapshot
 * counts (products, pages, second team members, add-ons held), which the other tasks never read.
 */
export async function load(payload: Payload, size: number, { capacity = false } = {}): Promise<void> {
  const db = dbOf(payload)
  await db.execute(sql`TRUNCATE vendor_subscriptions, vendor_subscriptions_rels, vendor_platforms, users_rels,
    users_roles, users, vendors, products, content_pages, capacity_snapshots, capacity_subscription_statuses,
    payload_jobs, job_schedule_slots RESTART IDENTITY CASCADE`)
  const plan = JSON.stringify(await platformPlans(payload))
  const now = '2026-12-07T10:00:00.000Z'
  // The platform plan of vendor i: its subscription's platform, tier and add-ons.
  const ofVendor = sql`LATERAL (SELECT ${plan}::jsonb -> (i % 2)) AS t(p)`
  await db.execute(sql`INSERT INTO vendors (id, name, slug)
    SELECT i, 'Bench vendor ' || i, 'bench-' || i FROM generate_series(1, ${size}) AS i`)
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('vendors', 'id'), ${size})`)
  // Owners are users 1..size (second team members, with `capacity`, size+1.. for the vendors with i % 5 = 0).
  await db.execute(
    sql`INSERT INTO users (id, email) SELECT i, 'owner' || i || '@bench.test' FROM generate_series(1, ${size}) AS i`,
  )
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('users', 'id'), ${size})`)
  await db.execute(
    sql`INSERT INTO users_roles ("order", parent_id, value) SELECT 1, i, 'vendor-owner' FROM generate_series(1, ${size}) AS i`,
  )
  await db.execute(
    sql`INSERT INTO users_rels ("order", parent_id, path, vendors_id) SELECT 1, i, 'vendors', i FROM generate_series(1, ${size}) AS i`,
  )
  await db.execute(sql`INSERT INTO vendor_platforms (vendor_id, platform_id, tier_id, is_active, joined_at)
    SELECT i, (p ->> 'platform')::integer, (p ->> 'tier')::integer, true, ${now}::timestamptz - interval '60 days'
    FROM generate_series(1, ${size}) AS i, ${ofVendor}`)
  await db.execute(sql`
    INSERT INTO vendor_subscriptions (vendor_id, platform_id, tier_id, status, billing_period, trial_ends_at,
      current_period_start, current_period_end, orders_this_period, stripe_customer_id, stripe_subscription_id)
    SELECT i, (p ->> 'platform')::integer, (p ->> 'tier')::integer,
      (CASE WHEN i % 10 >= 6 THEN 'trialing' ELSE 'active' END)::enum_vendor_subscriptions_status,
      'monthly',
      CASE WHEN i % 10 >= 6 THEN ${now}::timestamptz + make_interval(mins => (i * 7919) % (32 * 1440) - 2 * 1440) END,
      CASE WHEN i % 10 < 4 THEN ${now}::timestamptz - interval '40 days'
           WHEN i % 10 < 6 THEN ${now}::timestamptz - interval '10 days' END,
      CASE WHEN i % 10 < 4 THEN ${now}::timestamptz - interval '10 days'
           WHEN i % 10 < 6 THEN ${now}::timestamptz + interval '20 days' END,
      i % 50,
      CASE WHEN i % 10 = 0 OR (i % 10 >= 6 AND i % 2 = 0) THEN 'cus_bench_' || i END,
      CASE WHEN i % 10 = 0 THEN 'sub_bench_' || i END
    FROM generate_series(1, ${size}) AS i, ${ofVendor}`)
  if (capacity) await loadCapacity(payload, size, plan)
  await db.execute(sql`ANALYZE vendor_subscriptions; ANALYZE vendor_subscriptions_rels; ANALYZE users_rels;
    ANALYZE users_roles; ANALYZE products; ANALYZE content_pages`)
}

async function loadCapacity(payload: Payload, size: number, plan: string): Promise<void> {
  const db = dbOf(payload)
  const ofVendor = sql`LATERAL (SELECT ${plan}::jsonb -> (i % 2)) AS t(p)`
  await db.execute(sql`INSERT INTO users (id, email)
    SELECT ${size}::int + i, 'member' || i || '@bench.test' FROM generate_series(5, ${size}, 5) AS i`)
  await db.execute(sql`SELECT setval(pg_get_serial_sequence('users', 'id'), ${size + Math.floor(size / 5)})`)
  await db.execute(sql`INSERT INTO users_roles ("order", parent_id, value)
    SELECT 1, ${size}::int + i, 'vendor-member' FROM generate_series(5, ${size}, 5) AS i`)
  await db.execute(sql`INSERT INTO users_rels ("order", parent_id, path, vendors_id)
    SELECT 1, ${size}::int + i, 'vendors', i FROM generate_series(5, ${size}, 5) AS i`)
  // Subscription ids follow vendor ids (both from 1, inserted in order).
  await db.execute(sql`INSERT INTO vendor_subscriptions_rels ("order", parent_id, path, add_ons_id)
    SELECT 1, i, 'addOns', (p ->> CASE WHEN i % 7 = 0 THEN 'products' ELSE 'orders' END)::integer
    FROM generate_series(1, ${size}) AS i, ${ofVendor} WHERE i % 7 IN (0, 1)`)
  await db.execute(sql`INSERT INTO products (vendor_id, platform_id, title, sku, price)
    SELECT i, (p ->> 'platform')::integer, 'Product ' || k, 'sku-' || i || '-' || k, 1000
    FROM generate_series(1, ${size}) AS i, ${ofVendor}, generate_series(1, i % 10) AS k`)
  const slugs = `{${DEFAULT_SLUGS.join(',')}}`
  await db.execute(sql`INSERT INTO content_pages (platform_id, vendor_id, slug, is_platform_page)
    SELECT (p ->> 'platform')::integer, NULL, slug, false FROM jsonb_array_elements(${plan}::jsonb) AS p,
      unnest(${slugs}::text[]) AS slug`)
  await db.execute(sql`INSERT INTO content_pages (platform_id, vendor_id, slug, is_platform_page)
    SELECT (p ->> 'platform')::integer, i, CASE WHEN k = 1 THEN 'about' ELSE 'page-' || k END, false
    FROM generate_series(1, ${size}) AS i, ${ofVendor}, generate_series(1, i % 4) AS k`)
}

import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The OMS tiers as they were hard-coded when this migration was written. A migration is frozen history: this
 * copy must never follow later changes to the application's tier definitions.
 */
const LEGACY_OMS_TIERS = [
  {
    code: 'essential',
    name: 'Essential',
    priceMonthly: 2900,
    priceAnnual: 29000,
    limits: { ordersPerMonth: 100, products: 100, teamMembers: 1, cmsPages: 6, cmsCustomPages: 0 },
    features: ['cms_basic'],
    sortOrder: 1,
  },
  {
    code: 'professional',
    name: 'Professional',
    priceMonthly: 7900,
    priceAnnual: 79000,
    limits: { ordersPerMonth: 500, products: 1000, teamMembers: 3, cmsPages: 15, cmsCustomPages: 5 },
    features: ['cms_basic', 'cms_custom_pages', 'cms_seo', 'invoicing', 'letzshop_sync'],
    sortOrder: 2,
  },
  {
    code: 'business',
    name: 'Business',
    priceMonthly: 14900,
    priceAnnual: 149000,
    limits: { ordersPerMonth: 2000, products: 5000, teamMembers: 10, cmsPages: 50, cmsCustomPages: 25 },
    features: ['cms_basic', 'cms_custom_pages', 'cms_seo', 'cms_templates', 'invoicing', 'letzshop_sync', 'api_access'],
    sortOrder: 3,
  },
  {
    code: 'enterprise',
    name: 'Enterprise',
    priceMonthly: 34900,
    priceAnnual: 349000,
    limits: { ordersPerMonth: null, products: null, teamMembers: null, cmsPages: null, cmsCustomPages: null },
    features: [
      'cms_basic',
      'cms_custom_pages',
      'cms_seo',
      'cms_templates',
      'cms_unlimited_pages',
      'invoicing',
      'letzshop_sync',
      'api_access',
    ],
    sortOrder: 4,
  },
] as const

/**
 * Subscriptions stored only a tier code; they now reference their tier. Codes are matched on the
 * subscription's platform; a legacy OMS code whose tier was never created in the database gets it created
 * from the built-in table. Anything else stops the migration with the rows to fix.
 */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "vendor_subscriptions" ADD COLUMN "tier_id" integer;
    UPDATE vendor_subscriptions s SET tier_id = t.id
    FROM subscription_tiers t WHERE t.platform_id = s.platform_id AND t.code = s.tier_code;`)

  const missing = await db.execute(sql`
    SELECT DISTINCT platform_id, tier_code FROM vendor_subscriptions WHERE tier_id IS NULL ORDER BY platform_id, tier_code`)
  for (const row of missing.rows as { platform_id: number; tier_code: string }[]) {
    const legacy = LEGACY_OMS_TIERS.find((tier) => tier.code === row.tier_code)
    if (!legacy) continue
    const { limits } = legacy
    const created = await db.execute(sql`
      INSERT INTO subscription_tiers (platform_id, code, name, price_monthly, price_annual, limits_orders_per_month,
        limits_products, limits_team_members, limits_cms_pages, limits_cms_custom_pages, is_public, sort_order)
      VALUES (${row.platform_id}, ${legacy.code}, ${legacy.name}, ${legacy.priceMonthly}, ${legacy.priceAnnual},
        ${limits.ordersPerMonth}, ${limits.products}, ${limits.teamMembers}, ${limits.cmsPages}, ${limits.cmsCustomPages},
        true, ${legacy.sortOrder})
      RETURNING id`)
    const tierId = (created.rows[0] as { id: number }).id
    for (const [order, feature] of legacy.features.entries()) {
      await db.execute(sql`
        INSERT INTO subscription_tiers_features ("order", parent_id, value)
        VALUES (${order + 1}, ${tierId}, ${feature}::enum_subscription_tiers_features)`)
    }
    await db.execute(sql`
      UPDATE vendor_subscriptions SET tier_id = ${tierId} WHERE tier_id IS NULL AND platform_id = ${row.platform_id} AND tier_code = ${row.tier_code}`)
    payload.logger.warn(`subscription_tier_relation: created legacy tier "${legacy.code}" on platform ${row.platform_id}`)
  }

  const unresolved = await db.execute(sql`SELECT id, vendor_id, tier_code FROM vendor_subscriptions WHERE tier_id IS NULL`)
  if (unresolved.rows.length > 0) {
    const list = (unresolved.rows as { id: number; tier_code: string }[]).map((row) => `#${row.id} "${row.tier_code}"`).join(', ')
    throw new Error(`subscription_tier_relation: no tier for subscriptions ${list}. Create those tiers, then migrate again.`)
  }

  await db.execute(sql`
    ALTER TABLE "vendor_subscriptions" ALTER COLUMN "tier_id" SET NOT NULL;
    ALTER TABLE "vendor_subscriptions" ADD CONSTRAINT "vendor_subscriptions_tier_id_subscription_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE set null ON UPDATE no action;
    CREATE INDEX "vendor_subscriptions_tier_idx" ON "vendor_subscriptions" USING btree ("tier_id");
    ALTER TABLE "vendor_subscriptions" DROP COLUMN "tier_code";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "vendor_subscriptions" ADD COLUMN "tier_code" varchar;
    UPDATE vendor_subscriptions s SET tier_code = t.code FROM subscription_tiers t WHERE t.id = s.tier_id;
    ALTER TABLE "vendor_subscriptions" ALTER COLUMN "tier_code" SET NOT NULL;
    ALTER TABLE "vendor_subscriptions" DROP CONSTRAINT IF EXISTS "vendor_subscriptions_tier_id_subscription_tiers_id_fk";
    DROP INDEX IF EXISTS "vendor_subscriptions_tier_idx";
    ALTER TABLE "vendor_subscriptions" DROP COLUMN "tier_id";`)
}

import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscription_tiers_features" AS ENUM('cms_basic', 'cms_custom_pages', 'cms_templates', 'cms_seo', 'cms_unlimited_pages', 'invoicing', 'letzshop_sync', 'api_access', 'loyalty_points', 'loyalty_rewards', 'loyalty_campaigns');
  CREATE TABLE "platforms_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "platforms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"path_prefix" varchar,
  	"branding_logo_url" varchar,
  	"branding_primary_color" varchar DEFAULT '#1f6feb',
  	"config" jsonb,
  	"is_active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "platforms_locales" (
  	"branding_tagline" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "subscription_tiers_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscription_tiers_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscription_tiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform_id" integer NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"price_monthly" numeric DEFAULT 0 NOT NULL,
  	"price_annual" numeric DEFAULT 0 NOT NULL,
  	"limits_orders_per_month" numeric,
  	"limits_products" numeric,
  	"limits_team_members" numeric,
  	"limits_cms_pages" numeric,
  	"limits_cms_custom_pages" numeric,
  	"stripe_price_monthly" varchar,
  	"stripe_price_annual" varchar,
  	"is_public" boolean DEFAULT true,
  	"sort_order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vendor_platforms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"tier_id" integer,
  	"is_active" boolean DEFAULT true,
  	"joined_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_rels" ADD COLUMN "platforms_id" integer;
  ALTER TABLE "content_pages" ADD COLUMN "platform_id" integer;
  ALTER TABLE "content_pages" ADD COLUMN "is_platform_page" boolean DEFAULT false;
  ALTER TABLE "_content_pages_v" ADD COLUMN "version_platform_id" integer;
  ALTER TABLE "_content_pages_v" ADD COLUMN "version_is_platform_page" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "platforms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscription_tiers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "vendor_platforms_id" integer;
  ALTER TABLE "platforms_domains" ADD CONSTRAINT "platforms_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."platforms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "platforms_locales" ADD CONSTRAINT "platforms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."platforms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_tiers_features" ADD CONSTRAINT "subscription_tiers_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscription_tiers" ADD CONSTRAINT "subscription_tiers_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_platforms" ADD CONSTRAINT "vendor_platforms_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_platforms" ADD CONSTRAINT "vendor_platforms_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_platforms" ADD CONSTRAINT "vendor_platforms_tier_id_subscription_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "platforms_domains_order_idx" ON "platforms_domains" USING btree ("_order");
  CREATE INDEX "platforms_domains_parent_id_idx" ON "platforms_domains" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "platforms_domains_domain_idx" ON "platforms_domains" USING btree ("domain");
  CREATE UNIQUE INDEX "platforms_code_idx" ON "platforms" USING btree ("code");
  CREATE INDEX "platforms_updated_at_idx" ON "platforms" USING btree ("updated_at");
  CREATE INDEX "platforms_created_at_idx" ON "platforms" USING btree ("created_at");
  CREATE UNIQUE INDEX "platforms_locales_locale_parent_id_unique" ON "platforms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "subscription_tiers_features_order_idx" ON "subscription_tiers_features" USING btree ("order");
  CREATE INDEX "subscription_tiers_features_parent_idx" ON "subscription_tiers_features" USING btree ("parent_id");
  CREATE INDEX "subscription_tiers_platform_idx" ON "subscription_tiers" USING btree ("platform_id");
  CREATE INDEX "subscription_tiers_code_idx" ON "subscription_tiers" USING btree ("code");
  CREATE INDEX "subscription_tiers_updated_at_idx" ON "subscription_tiers" USING btree ("updated_at");
  CREATE INDEX "subscription_tiers_created_at_idx" ON "subscription_tiers" USING btree ("created_at");
  CREATE UNIQUE INDEX "platform_code_idx" ON "subscription_tiers" USING btree ("platform_id","code");
  CREATE INDEX "vendor_platforms_vendor_idx" ON "vendor_platforms" USING btree ("vendor_id");
  CREATE INDEX "vendor_platforms_platform_idx" ON "vendor_platforms" USING btree ("platform_id");
  CREATE INDEX "vendor_platforms_tier_idx" ON "vendor_platforms" USING btree ("tier_id");
  CREATE INDEX "vendor_platforms_updated_at_idx" ON "vendor_platforms" USING btree ("updated_at");
  CREATE INDEX "vendor_platforms_created_at_idx" ON "vendor_platforms" USING btree ("created_at");
  CREATE UNIQUE INDEX "vendor_platform_idx" ON "vendor_platforms" USING btree ("vendor_id","platform_id");
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_platforms_fk" FOREIGN KEY ("platforms_id") REFERENCES "public"."platforms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_content_pages_v" ADD CONSTRAINT "_content_pages_v_version_platform_id_platforms_id_fk" FOREIGN KEY ("version_platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_platforms_fk" FOREIGN KEY ("platforms_id") REFERENCES "public"."platforms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscription_tiers_fk" FOREIGN KEY ("subscription_tiers_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vendor_platforms_fk" FOREIGN KEY ("vendor_platforms_id") REFERENCES "public"."vendor_platforms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_platforms_id_idx" ON "users_rels" USING btree ("platforms_id");
  CREATE INDEX "content_pages_platform_idx" ON "content_pages" USING btree ("platform_id");
  CREATE INDEX "content_pages_is_platform_page_idx" ON "content_pages" USING btree ("is_platform_page");
  CREATE INDEX "_content_pages_v_version_version_platform_idx" ON "_content_pages_v" USING btree ("version_platform_id");
  CREATE INDEX "_content_pages_v_version_version_is_platform_page_idx" ON "_content_pages_v" USING btree ("version_is_platform_page");
  CREATE INDEX "payload_locked_documents_rels_platforms_id_idx" ON "payload_locked_documents_rels" USING btree ("platforms_id");
  CREATE INDEX "payload_locked_documents_rels_subscription_tiers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscription_tiers_id");
  CREATE INDEX "payload_locked_documents_rels_vendor_platforms_id_idx" ON "payload_locked_documents_rels" USING btree ("vendor_platforms_id");`)

  // Backfill: content written before platforms existed belongs to the default platform (OMS). Pages without
  // a vendor were the platform's own pages; vendors keep serving their pages by joining that platform.
  const legacy = await db.execute(sql`
    SELECT (SELECT count(*) FROM content_pages)::int AS pages, (SELECT count(*) FROM vendors)::int AS vendors`)
  const { pages, vendors } = legacy.rows[0] as { pages: number; vendors: number }
  if (pages > 0 || vendors > 0) {
    await db.execute(sql`
      INSERT INTO platforms (name, code, path_prefix, is_active) VALUES ('OMS', 'oms', '/platforms/oms', true)
      ON CONFLICT (code) DO NOTHING;
      UPDATE content_pages SET platform_id = (SELECT id FROM platforms WHERE code = 'oms'), is_platform_page = vendor_id IS NULL
      WHERE platform_id IS NULL;
      UPDATE _content_pages_v SET version_platform_id = (SELECT id FROM platforms WHERE code = 'oms'),
        version_is_platform_page = version_vendor_id IS NULL
      WHERE version_platform_id IS NULL;
      INSERT INTO vendor_platforms (vendor_id, platform_id, is_active, joined_at)
      SELECT v.id, p.id, true, v.created_at FROM vendors v, platforms p WHERE p.code = 'oms'
      ON CONFLICT DO NOTHING;`)
    payload.logger.info(`multi_platform: moved ${pages} content pages and ${vendors} vendors to platform "oms"`)
  }

  // Slugs were not unique before; keep every page but suffix the older duplicates so the new key holds.
  const renamed = await db.execute(sql`
    UPDATE content_pages cp SET slug = cp.slug || '-' || cp.id
    FROM (
      SELECT id, row_number() OVER (
        PARTITION BY platform_id, slug, vendor_id, is_platform_page ORDER BY updated_at DESC, id DESC) AS n
      FROM content_pages WHERE slug IS NOT NULL
    ) ranked
    WHERE ranked.id = cp.id AND ranked.n > 1
    RETURNING cp.id`)
  if (renamed.rows.length > 0) {
    payload.logger.warn(`multi_platform: ${renamed.rows.length} duplicate page slugs were suffixed with the page id`)
  }

  // One page per (platform, vendor or none, kind, slug), and the index the content resolver probes.
  // NULLS NOT DISTINCT (PostgreSQL 15+) makes vendor defaults and platform pages unique too.
  await db.execute(sql`
    CREATE UNIQUE INDEX "content_pages_scope_slug_idx" ON "content_pages"
      USING btree ("platform_id", "slug", "vendor_id", "is_platform_page") NULLS NOT DISTINCT;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Dropping the tables with CASCADE already removes the foreign keys that point at them: IF EXISTS below.
  await db.execute(sql`
   ALTER TABLE "platforms_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "platforms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_tiers_features" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscription_tiers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vendor_platforms" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "platforms_domains" CASCADE;
  DROP TABLE "platforms" CASCADE;
  DROP TABLE "platforms_locales" CASCADE;
  DROP TABLE "subscription_tiers_features" CASCADE;
  DROP TABLE "subscription_tiers" CASCADE;
  DROP TABLE "vendor_platforms" CASCADE;
  ALTER TABLE "content_pages" DROP CONSTRAINT IF EXISTS "content_pages_platform_id_platforms_id_fk";
  
  ALTER TABLE "_content_pages_v" DROP CONSTRAINT IF EXISTS "_content_pages_v_version_platform_id_platforms_id_fk";
  
  ALTER TABLE "users_rels" DROP CONSTRAINT IF EXISTS "users_rels_platforms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_platforms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_subscription_tiers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_vendor_platforms_fk";
  
  DROP INDEX IF EXISTS "content_pages_platform_idx";
  DROP INDEX IF EXISTS "content_pages_is_platform_page_idx";
  DROP INDEX IF EXISTS "_content_pages_v_version_version_platform_idx";
  DROP INDEX IF EXISTS "_content_pages_v_version_version_is_platform_page_idx";
  DROP INDEX IF EXISTS "users_rels_platforms_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_platforms_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_subscription_tiers_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_vendor_platforms_id_idx";
  ALTER TABLE "content_pages" DROP COLUMN "platform_id";
  ALTER TABLE "content_pages" DROP COLUMN "is_platform_page";
  ALTER TABLE "_content_pages_v" DROP COLUMN "version_platform_id";
  ALTER TABLE "_content_pages_v" DROP COLUMN "version_is_platform_page";
  ALTER TABLE "users_rels" DROP COLUMN "platforms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "platforms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscription_tiers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "vendor_platforms_id";
  DROP TYPE "public"."enum_subscription_tiers_features";`)
}

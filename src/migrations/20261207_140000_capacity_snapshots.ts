import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The capacity-snapshots collection (one row per platform and day), the captureCapacitySnapshot task, and
 * capacity_subscription_statuses: each subscription's status as the captures of a day saw it, written by
 * src/services/capacity/snapshots.ts so that a day's trial conversions and cancellations are counted from status
 * changes between two captures (vendor-subscriptions keeps no history of its status).
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'captureCapacitySnapshot';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'captureCapacitySnapshot';
  CREATE TABLE "capacity_subscription_statuses" (
  	"subscription_id" integer NOT NULL REFERENCES "public"."vendor_subscriptions"("id") ON DELETE cascade,
  	"day" date NOT NULL,
  	"status" varchar NOT NULL,
  	PRIMARY KEY ("subscription_id", "day")
  );
  CREATE TABLE "capacity_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"vendors_live" numeric DEFAULT 0 NOT NULL,
  	"vendors_by_status" jsonb NOT NULL,
  	"vendors_by_tier" jsonb NOT NULL,
  	"capacity_orders_per_month_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_orders_per_month_unlimited" numeric DEFAULT 0 NOT NULL,
  	"capacity_orders_per_month_used" numeric DEFAULT 0 NOT NULL,
  	"capacity_orders_per_month_used_under_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_orders_per_month_near_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_products_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_products_unlimited" numeric DEFAULT 0 NOT NULL,
  	"capacity_products_used" numeric DEFAULT 0 NOT NULL,
  	"capacity_products_used_under_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_products_near_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_team_members_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_team_members_unlimited" numeric DEFAULT 0 NOT NULL,
  	"capacity_team_members_used" numeric DEFAULT 0 NOT NULL,
  	"capacity_team_members_used_under_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_team_members_near_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_pages_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_pages_unlimited" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_pages_used" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_pages_used_under_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_pages_near_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_custom_pages_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_custom_pages_unlimited" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_custom_pages_used" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_custom_pages_used_under_limit" numeric DEFAULT 0 NOT NULL,
  	"capacity_cms_custom_pages_near_limit" numeric DEFAULT 0 NOT NULL,
  	"mrr_cents" numeric DEFAULT 0 NOT NULL,
  	"mrr_past_due_cents" numeric DEFAULT 0 NOT NULL,
  	"mrr_trial_cents" numeric DEFAULT 0 NOT NULL,
  	"day_signups" numeric DEFAULT 0 NOT NULL,
  	"day_conversions" numeric DEFAULT 0 NOT NULL,
  	"day_cancellations" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "capacity_snapshots" ADD CONSTRAINT "capacity_snapshots_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "capacity_snapshots_platform_idx" ON "capacity_snapshots" USING btree ("platform_id");
  CREATE INDEX "capacity_snapshots_date_idx" ON "capacity_snapshots" USING btree ("date");
  CREATE INDEX "capacity_snapshots_updated_at_idx" ON "capacity_snapshots" USING btree ("updated_at");
  CREATE INDEX "capacity_snapshots_created_at_idx" ON "capacity_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "platform_date_idx" ON "capacity_snapshots" USING btree ("platform_id","date");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "capacity_subscription_statuses";
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'captureCapacitySnapshot';
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'captureCapacitySnapshot';
  DROP TABLE "capacity_snapshots" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling', 'processStripeEvent', 'dunningReminders', 'resetPeriodCounters', 'checkTrialExpirations', 'syncStripeStatus', 'cleanupStale');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling', 'processStripeEvent', 'dunningReminders', 'resetPeriodCounters', 'checkTrialExpirations', 'syncStripeStatus', 'cleanupStale');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** The Letzshop order sync: connections (one per vendor, unique), sync runs, and the orders' Letzshop fields. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_orders_lines_letzshop_state" AS ENUM('unconfirmed', 'confirmed_available', 'confirmed_unavailable');
  CREATE TYPE "public"."enum_letzshop_connections_status" AS ENUM('active', 'paused', 'failing');
  CREATE TYPE "public"."enum_letzshop_sync_runs_status" AS ENUM('queued', 'running', 'succeeded', 'held', 'failed');
  CREATE TYPE "public"."enum_letzshop_sync_runs_trigger" AS ENUM('schedule', 'manual');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'syncLetzshopOrders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendLetzshopConfirmation';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'syncLetzshopOrders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendLetzshopConfirmation';
  CREATE TABLE "letzshop_connections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"status" "enum_letzshop_connections_status" DEFAULT 'active' NOT NULL,
  	"api_key_sealed" varchar NOT NULL,
  	"key_last4" varchar NOT NULL,
  	"shop_slug" varchar,
  	"connected_at" timestamp(3) with time zone NOT NULL,
  	"last_run_at" timestamp(3) with time zone,
  	"failure" varchar,
  	"held_by_limit" numeric DEFAULT 0 NOT NULL,
  	"limit_notice_for" varchar,
  	"run_lease_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "letzshop_sync_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"status" "enum_letzshop_sync_runs_status" DEFAULT 'queued' NOT NULL,
  	"trigger" "enum_letzshop_sync_runs_trigger" DEFAULT 'schedule' NOT NULL,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"imported" numeric DEFAULT 0 NOT NULL,
  	"skipped" numeric DEFAULT 0 NOT NULL,
  	"held_by_limit" numeric DEFAULT 0 NOT NULL,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "orders_lines" ADD COLUMN "product_id" integer;
  ALTER TABLE "orders_lines" ADD COLUMN "letzshop_unit_id" varchar;
  ALTER TABLE "orders_lines" ADD COLUMN "letzshop_state" "enum_orders_lines_letzshop_state";
  ALTER TABLE "orders_lines" ADD COLUMN "letzshop_sent" boolean;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_name" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_street" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_postal_code" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_city" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_country" varchar;
  ALTER TABLE "orders" ADD COLUMN "tracking_number" varchar;
  ALTER TABLE "orders" ADD COLUMN "tracking_sent" boolean;
  ALTER TABLE "letzshop_connections" ADD CONSTRAINT "letzshop_connections_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letzshop_connections" ADD CONSTRAINT "letzshop_connections_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letzshop_sync_runs" ADD CONSTRAINT "letzshop_sync_runs_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letzshop_sync_runs" ADD CONSTRAINT "letzshop_sync_runs_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "letzshop_connections_vendor_idx" ON "letzshop_connections" USING btree ("vendor_id");
  CREATE INDEX "letzshop_connections_platform_idx" ON "letzshop_connections" USING btree ("platform_id");
  CREATE INDEX "letzshop_connections_status_idx" ON "letzshop_connections" USING btree ("status");
  CREATE INDEX "letzshop_connections_updated_at_idx" ON "letzshop_connections" USING btree ("updated_at");
  CREATE INDEX "letzshop_connections_created_at_idx" ON "letzshop_connections" USING btree ("created_at");
  CREATE INDEX "letzshop_sync_runs_vendor_idx" ON "letzshop_sync_runs" USING btree ("vendor_id");
  CREATE INDEX "letzshop_sync_runs_platform_idx" ON "letzshop_sync_runs" USING btree ("platform_id");
  CREATE INDEX "letzshop_sync_runs_status_idx" ON "letzshop_sync_runs" USING btree ("status");
  CREATE INDEX "letzshop_sync_runs_updated_at_idx" ON "letzshop_sync_runs" USING btree ("updated_at");
  CREATE INDEX "letzshop_sync_runs_created_at_idx" ON "letzshop_sync_runs" USING btree ("created_at");
  ALTER TABLE "orders_lines" ADD CONSTRAINT "orders_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "orders_lines_product_idx" ON "orders_lines" USING btree ("product_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "letzshop_connections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letzshop_sync_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "letzshop_connections" CASCADE;
  DROP TABLE "letzshop_sync_runs" CASCADE;
  ALTER TABLE "orders_lines" DROP CONSTRAINT "orders_lines_product_id_products_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling', 'processStripeEvent', 'dunningReminders', 'resetPeriodCounters', 'checkTrialExpirations', 'syncStripeStatus', 'cleanupStale', 'captureCapacitySnapshot');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling', 'processStripeEvent', 'dunningReminders', 'resetPeriodCounters', 'checkTrialExpirations', 'syncStripeStatus', 'cleanupStale', 'captureCapacitySnapshot');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "orders_lines_product_idx";
  ALTER TABLE "orders_lines" DROP COLUMN "product_id";
  ALTER TABLE "orders_lines" DROP COLUMN "letzshop_unit_id";
  ALTER TABLE "orders_lines" DROP COLUMN "letzshop_state";
  ALTER TABLE "orders_lines" DROP COLUMN "letzshop_sent";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_name";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_street";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_postal_code";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_city";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_country";
  ALTER TABLE "orders" DROP COLUMN "tracking_number";
  ALTER TABLE "orders" DROP COLUMN "tracking_sent";
  DROP TYPE "public"."enum_orders_lines_letzshop_state";
  DROP TYPE "public"."enum_letzshop_connections_status";
  DROP TYPE "public"."enum_letzshop_sync_runs_status";
  DROP TYPE "public"."enum_letzshop_sync_runs_trigger";`)
}

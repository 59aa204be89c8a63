import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_vendor_subscriptions_pending_billing_period" AS ENUM('monthly', 'annual');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'cancelVendorBilling';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'cancelVendorBilling';
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "pending_tier_id" integer;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "pending_billing_period" "enum_vendor_subscriptions_pending_billing_period";
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "pending_change_at" timestamp(3) with time zone;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "cancel_at_period_end" boolean DEFAULT false;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "stripe_schedule_id" varchar;
  ALTER TABLE "vendor_subscriptions" ADD CONSTRAINT "vendor_subscriptions_pending_tier_id_subscription_tiers_id_fk" FOREIGN KEY ("pending_tier_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "vendor_subscriptions_pending_tier_idx" ON "vendor_subscriptions" USING btree ("pending_tier_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vendor_subscriptions" DROP CONSTRAINT "vendor_subscriptions_pending_tier_id_subscription_tiers_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "vendor_subscriptions_pending_tier_idx";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "pending_tier_id";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "pending_billing_period";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "pending_change_at";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "cancel_at_period_end";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "stripe_schedule_id";
  DROP TYPE "public"."enum_vendor_subscriptions_pending_billing_period";`)
}

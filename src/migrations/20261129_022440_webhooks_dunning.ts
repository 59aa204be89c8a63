import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stripe_events_outcome" AS ENUM('handled', 'ignored', 'unmatched');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'processStripeEvent';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dunningReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'processStripeEvent';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dunningReminders';
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"payload" jsonb NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"processed_at" timestamp(3) with time zone,
  	"outcome" "enum_stripe_events_outcome",
  	"note" varchar,
  	"attempts" numeric DEFAULT 0,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "platforms" ADD COLUMN "billing_grace_days" numeric DEFAULT 14;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "dunning_since" timestamp(3) with time zone;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "dunning_grace_ends_at" timestamp(3) with time zone;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "dunning_reminders_sent" numeric DEFAULT 0;
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "dunning_read_only" boolean DEFAULT false;
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_type_idx" ON "stripe_events" USING btree ("type");
  CREATE INDEX "stripe_events_processed_at_idx" ON "stripe_events" USING btree ("processed_at");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "stripe_events" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "platforms" DROP COLUMN "billing_grace_days";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "dunning_since";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "dunning_grace_ends_at";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "dunning_reminders_sent";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "dunning_read_only";
  DROP TYPE "public"."enum_stripe_events_outcome";`)
}

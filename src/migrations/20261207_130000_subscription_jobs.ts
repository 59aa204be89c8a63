import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The scheduled subscription tasks: their slugs in Payload's job enums; `trial_reminder_sent_for` on
 * vendor-subscriptions (the trial end a reminder was queued for: one reminder per trial); and
 * `job_schedule_slots`, one row per task and cron slot, whose primary key lets exactly one worker queue a slot's job,
 * and where each scheduled run records its start, end, attempts, last error and output (the admin shows them).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'resetPeriodCounters';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'checkTrialExpirations';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'syncStripeStatus';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'cleanupStale';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'resetPeriodCounters';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'checkTrialExpirations';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'syncStripeStatus';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'cleanupStale';
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "trial_reminder_sent_for" timestamp(3) with time zone;
  CREATE TABLE "job_schedule_slots" (
    "task_slug" varchar NOT NULL,
    "slot" timestamp(3) with time zone NOT NULL,
    "queued_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "job_id" integer,
    "started_at" timestamp(3) with time zone,
    "finished_at" timestamp(3) with time zone,
    "attempts" integer DEFAULT 0 NOT NULL,
    "error" text,
    "output" jsonb,
    PRIMARY KEY ("task_slug", "slot")
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "job_schedule_slots";
  ALTER TABLE "vendor_subscriptions" DROP COLUMN "trial_reminder_sent_for";
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('resetPeriodCounters', 'checkTrialExpirations', 'syncStripeStatus', 'cleanupStale');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling', 'processStripeEvent', 'dunningReminders');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'syncStripePrices', 'cancelVendorBilling', 'processStripeEvent', 'dunningReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}

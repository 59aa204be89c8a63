import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sent_emails_status" AS ENUM('sending', 'sent');
  ALTER TABLE "vendor_subscriptions" ADD COLUMN "stripe_read_at" timestamp(3) with time zone;
  ALTER TABLE "sent_emails" ADD COLUMN "status" "enum_sent_emails_status" DEFAULT 'sent' NOT NULL;
  ALTER TABLE "sent_emails" ADD COLUMN "sending_since" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vendor_subscriptions" DROP COLUMN "stripe_read_at";
  ALTER TABLE "sent_emails" DROP COLUMN "status";
  ALTER TABLE "sent_emails" DROP COLUMN "sending_since";
  DROP TYPE "public"."enum_sent_emails_status";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "signup_sessions" ADD COLUMN "shop_held_until" timestamp(3) with time zone;
  CREATE INDEX "signup_sessions_shop_held_until_idx" ON "signup_sessions" USING btree ("shop_held_until");
  -- Reservations made before soft holds: held 15 minutes from their last step, as new ones are.
  UPDATE "signup_sessions" SET "shop_held_until" = LEAST("expires_at", "updated_at" + interval '15 minutes')
    WHERE "letzshop_vendor_id" IS NOT NULL AND "completed_vendor_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "signup_sessions_shop_held_until_idx";
  ALTER TABLE "signup_sessions" DROP COLUMN "shop_held_until";`)
}

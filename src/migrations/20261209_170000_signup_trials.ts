import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "signup_trials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform_id" integer NOT NULL,
  	"vendor_id" integer,
  	"granted_at" timestamp(3) with time zone NOT NULL,
  	"card_fingerprint" varchar,
  	"vat_number" varchar,
  	"letzshop_vendor_id" varchar,
  	"letzshop_slug" varchar,
  	"stripe_subscription_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "signup_trials" ADD CONSTRAINT "signup_trials_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signup_trials" ADD CONSTRAINT "signup_trials_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "signup_trials_platform_idx" ON "signup_trials" USING btree ("platform_id");
  CREATE INDEX "signup_trials_vendor_idx" ON "signup_trials" USING btree ("vendor_id");
  CREATE INDEX "signup_trials_updated_at_idx" ON "signup_trials" USING btree ("updated_at");
  CREATE INDEX "signup_trials_created_at_idx" ON "signup_trials" USING btree ("created_at");
  CREATE UNIQUE INDEX "platform_cardFingerprint_idx" ON "signup_trials" USING btree ("platform_id","card_fingerprint");
  CREATE UNIQUE INDEX "platform_vatNumber_idx" ON "signup_trials" USING btree ("platform_id","vat_number");
  CREATE UNIQUE INDEX "platform_letzshopVendorId_idx" ON "signup_trials" USING btree ("platform_id","letzshop_vendor_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "signup_trials" CASCADE;`)
}

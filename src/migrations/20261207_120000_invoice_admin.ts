import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The admin works for invoicing: uploaded invoice logos (vendor-owned, files on local disk in INVOICE_LOGO_DIR) that
 * invoice settings point at (`logo_file_id`; the `logo` data URL they fill stays, so existing logos keep printing),
 * the shop's invoice language (`language`, new invoices default to it; NULL falls back to the creator's language).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_vendor_invoice_settings_language" AS ENUM('en', 'fr', 'de');
  CREATE TABLE "invoice_logos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "invoices" ALTER COLUMN "customer_locale" DROP DEFAULT;
  ALTER TABLE "vendor_invoice_settings" ADD COLUMN "logo_file_id" integer;
  ALTER TABLE "vendor_invoice_settings" ADD COLUMN "language" "enum_vendor_invoice_settings_language";
  ALTER TABLE "invoice_logos" ADD CONSTRAINT "invoice_logos_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoice_logos" ADD CONSTRAINT "invoice_logos_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "invoice_logos_vendor_idx" ON "invoice_logos" USING btree ("vendor_id");
  CREATE INDEX "invoice_logos_platform_idx" ON "invoice_logos" USING btree ("platform_id");
  CREATE INDEX "invoice_logos_updated_at_idx" ON "invoice_logos" USING btree ("updated_at");
  CREATE INDEX "invoice_logos_created_at_idx" ON "invoice_logos" USING btree ("created_at");
  CREATE UNIQUE INDEX "invoice_logos_filename_idx" ON "invoice_logos" USING btree ("filename");
  ALTER TABLE "vendor_invoice_settings" ADD CONSTRAINT "vendor_invoice_settings_logo_file_id_invoice_logos_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."invoice_logos"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "vendor_invoice_settings_logo_file_idx" ON "vendor_invoice_settings" USING btree ("logo_file_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "invoice_logos" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "invoice_logos" CASCADE;
  ALTER TABLE "vendor_invoice_settings" DROP CONSTRAINT IF EXISTS "vendor_invoice_settings_logo_file_id_invoice_logos_id_fk";
  
  DROP INDEX IF EXISTS "vendor_invoice_settings_logo_file_idx";
  ALTER TABLE "invoices" ALTER COLUMN "customer_locale" SET DEFAULT 'en';
  ALTER TABLE "vendor_invoice_settings" DROP COLUMN "logo_file_id";
  ALTER TABLE "vendor_invoice_settings" DROP COLUMN "language";
  DROP TYPE "public"."enum_vendor_invoice_settings_language";`)
}

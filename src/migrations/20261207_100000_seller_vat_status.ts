import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The seller's VAT status: `vat_status` (registered | franchise), backfilled `registered` for every existing vendor
 * by its default, the national tax number and last year's declared turnover (0); and the `franchise` VAT treatment
 * of invoices. Down fails while an invoice is priced `franchise` (its value would have nowhere to go).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_vendor_invoice_settings_vat_status" AS ENUM('registered', 'franchise');
  ALTER TYPE "public"."enum_invoices_vat_treatment" ADD VALUE 'franchise';
  ALTER TABLE "vendor_invoice_settings" ADD COLUMN "vat_status" "enum_vendor_invoice_settings_vat_status" DEFAULT 'registered' NOT NULL;
  ALTER TABLE "vendor_invoice_settings" ADD COLUMN "tax_number" varchar;
  ALTER TABLE "vendor_invoice_settings" ADD COLUMN "turnover_previous_year" numeric DEFAULT 0 NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The enum loses `franchise`: a new type without it, the column cast over (failing while a row holds it), and the
  // partial index whose predicate names the type rebuilt around the swap.
  await db.execute(sql`
  DROP INDEX IF EXISTS "invoices_distance_sales_idx";
  ALTER TYPE "public"."enum_invoices_vat_treatment" RENAME TO "enum_invoices_vat_treatment_old";
  CREATE TYPE "public"."enum_invoices_vat_treatment" AS ENUM('domestic', 'origin', 'oss', 'intra_community_exempt', 'reverse_charge', 'export');
  ALTER TABLE "invoices" ALTER COLUMN "vat_treatment" SET DATA TYPE "public"."enum_invoices_vat_treatment" USING "vat_treatment"::text::"public"."enum_invoices_vat_treatment";
  DROP TYPE "public"."enum_invoices_vat_treatment_old";
  CREATE INDEX "invoices_distance_sales_idx" ON "invoices" USING btree ("vendor_id", "issue_date")
    WHERE "status" <> 'draft' AND "vat_treatment" IN ('origin', 'oss');
  ALTER TABLE "vendor_invoice_settings" DROP COLUMN "vat_status";
  ALTER TABLE "vendor_invoice_settings" DROP COLUMN "tax_number";
  ALTER TABLE "vendor_invoice_settings" DROP COLUMN "turnover_previous_year";
  DROP TYPE "public"."enum_vendor_invoice_settings_vat_status";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issuing sums the vendor's B2C sales to other member states this year (distanceSalesBefore, for the EUR 10,000
 * threshold) under the series lock. Without this index the sum visits every invoice of the vendor, drafts included,
 * on every issue; with it, only the issued `origin` / `oss` ones.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "invoices_distance_sales_idx" ON "invoices" USING btree ("vendor_id", "issue_date")
    WHERE "status" <> 'draft' AND "vat_treatment" IN ('origin', 'oss');`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "invoices_distance_sales_idx";`)
}

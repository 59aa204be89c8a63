import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A Letzshop shop is claimed by at most one vendor: `letzshop_vendor_id` becomes unique. Empty values become
 * NULL (no claim); duplicates stop the migration with the list of vendors to fix rather than dropping anyone's claim.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE "vendors" SET "letzshop_vendor_id" = NULLIF(trim("letzshop_vendor_id"), '') WHERE "letzshop_vendor_id" IS NOT NULL;`)
  const duplicates = await db.execute(sql`
    SELECT "letzshop_vendor_id" AS shop, string_agg("id"::text, ', ' ORDER BY "id") AS vendors
    FROM "vendors" WHERE "letzshop_vendor_id" IS NOT NULL GROUP BY "letzshop_vendor_id" HAVING count(*) > 1;`)
  if (duplicates.rows.length > 0) {
    const list = (duplicates.rows as { shop: string; vendors: string }[]).map((row) => `Letzshop shop ${row.shop} (vendors ${row.vendors})`).join('; ')
    throw new Error(`Several vendors claim the same Letzshop shop; keep the claim on one vendor and clear it on the others before migrating: ${list}`)
  }
  await db.execute(sql`
   DROP INDEX IF EXISTS "vendors_letzshop_vendor_id_idx";
   CREATE UNIQUE INDEX "vendors_letzshop_vendor_id_idx" ON "vendors" USING btree ("letzshop_vendor_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "vendors_letzshop_vendor_id_idx";
   CREATE INDEX "vendors_letzshop_vendor_id_idx" ON "vendors" USING btree ("letzshop_vendor_id");`)
}

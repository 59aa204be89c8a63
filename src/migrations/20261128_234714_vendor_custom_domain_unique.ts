import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Custom domains become unique (a host serves one shop). Existing values are normalised the way the app now
 * stores them (lower case, no port, no trailing dot, empty = none); duplicates stop the migration with the list
 * of vendors to fix rather than dropping anyone's domain.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE "vendors" SET "custom_domain" = NULLIF(regexp_replace(regexp_replace(lower(trim("custom_domain")), ':[0-9]+$', ''), '\\.$', ''), '')
    WHERE "custom_domain" IS NOT NULL;`)
  const duplicates = await db.execute(sql`
    SELECT "custom_domain" AS domain, string_agg("id"::text, ', ' ORDER BY "id") AS vendors
    FROM "vendors" WHERE "custom_domain" IS NOT NULL GROUP BY "custom_domain" HAVING count(*) > 1;`)
  if (duplicates.rows.length > 0) {
    const list = (duplicates.rows as { domain: string; vendors: string }[]).map((row) => `${row.domain} (vendors ${row.vendors})`).join('; ')
    throw new Error(`Several vendors share a custom domain; give each its own before migrating: ${list}`)
  }
  await db.execute(sql`
   CREATE UNIQUE INDEX "vendors_custom_domain_idx" ON "vendors" USING btree ("custom_domain");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "vendors_custom_domain_idx";`)
}

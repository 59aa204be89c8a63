import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Electronic addresses (EN 16931 BT-34 / BT-49): the seller's in the invoice settings, the buyer's (optional) in
 * the invoice's customer snapshot. Back-fill: each vendor's settings get the address its VAT number gives, the
 * country's scheme of the EAS code list (a copy of src/services/invoices/einvoice/electronicAddress.ts as it was
 * on this date: a migration imports no application code). Invoices keep an empty buyer address: documents derive
 * it from a valid business VAT number.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vendor_invoice_settings" ADD COLUMN "electronic_address_scheme" varchar;
  ALTER TABLE "vendor_invoice_settings" ADD COLUMN "electronic_address_identifier" varchar;
  ALTER TABLE "invoices" ADD COLUMN "customer_electronic_address_scheme" varchar;
  ALTER TABLE "invoices" ADD COLUMN "customer_electronic_address_identifier" varchar;`)
  await db.execute(sql`
  WITH derived AS (
    SELECT "id", upper(regexp_replace("vat_number", '[[:space:].-]', '', 'g')) AS vat FROM "vendor_invoice_settings"
    WHERE "vat_number" IS NOT NULL AND "vat_number" <> ''
  ), schemes(prefix, scheme) AS (VALUES
    ('AT', '9914'), ('BE', '0208'), ('BG', '9926'), ('CY', '9928'), ('CZ', '9929'), ('DE', '9930'), ('DK', '0184'),
    ('EE', '9931'), ('EL', '9933'), ('ES', '9920'), ('FI', '0213'), ('FR', '9957'), ('HR', '9934'), ('HU', '9910'),
    ('IE', '9935'), ('IT', '0211'), ('LT', '9937'), ('LU', '9938'), ('LV', '9939'), ('MT', '9943'), ('NL', '9944'),
    ('PL', '9945'), ('PT', '9946'), ('RO', '9947'), ('SE', '0007'), ('SI', '9949'), ('SK', '9950'), ('CH', '9927'),
    ('GB', '9932')
  )
  UPDATE "vendor_invoice_settings" s SET
    "electronic_address_scheme" = schemes.scheme,
    "electronic_address_identifier" = CASE schemes.prefix
      WHEN 'BE' THEN substr(derived.vat, 3)
      WHEN 'SE' THEN substr(derived.vat, 3, 10)
      ELSE derived.vat END
  FROM derived JOIN schemes ON schemes.prefix = left(derived.vat, 2)
  WHERE s."id" = derived."id" AND s."electronic_address_scheme" IS NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vendor_invoice_settings" DROP COLUMN "electronic_address_scheme";
  ALTER TABLE "vendor_invoice_settings" DROP COLUMN "electronic_address_identifier";
  ALTER TABLE "invoices" DROP COLUMN "customer_electronic_address_scheme";
  ALTER TABLE "invoices" DROP COLUMN "customer_electronic_address_identifier";`)
}

import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Tiers and add-ons get a localized name and description: `name` moves from the row to `<table>_locales`, the
 * existing names becoming the English ones (the other locales fall back to English until the seed or an editor
 * fills them). Down keeps the English name.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "subscription_tiers_locales" (
    "name" varchar NOT NULL,
    "description" varchar,
    "id" serial PRIMARY KEY NOT NULL,
    "_locale" "_locales" NOT NULL,
    "_parent_id" integer NOT NULL
  );
  CREATE TABLE "add_ons_locales" (
    "name" varchar NOT NULL,
    "description" varchar,
    "id" serial PRIMARY KEY NOT NULL,
    "_locale" "_locales" NOT NULL,
    "_parent_id" integer NOT NULL
  );
  ALTER TABLE "subscription_tiers_locales" ADD CONSTRAINT "subscription_tiers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "add_ons_locales" ADD CONSTRAINT "add_ons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."add_ons"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "subscription_tiers_locales_locale_parent_id_unique" ON "subscription_tiers_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "add_ons_locales_locale_parent_id_unique" ON "add_ons_locales" USING btree ("_locale","_parent_id");
  INSERT INTO "subscription_tiers_locales" ("name", "_locale", "_parent_id") SELECT "name", 'en', "id" FROM "subscription_tiers";
  INSERT INTO "add_ons_locales" ("name", "_locale", "_parent_id") SELECT "name", 'en', "id" FROM "add_ons";
  ALTER TABLE "subscription_tiers" DROP COLUMN "name";
  ALTER TABLE "add_ons" DROP COLUMN "name";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "subscription_tiers" ADD COLUMN "name" varchar;
  ALTER TABLE "add_ons" ADD COLUMN "name" varchar;
  UPDATE "subscription_tiers" t SET "name" = COALESCE(
    (SELECT l."name" FROM "subscription_tiers_locales" l WHERE l."_parent_id" = t."id" ORDER BY l."_locale" <> 'en' LIMIT 1), t."code");
  UPDATE "add_ons" a SET "name" = COALESCE(
    (SELECT l."name" FROM "add_ons_locales" l WHERE l."_parent_id" = a."id" ORDER BY l."_locale" <> 'en' LIMIT 1), a."code");
  ALTER TABLE "subscription_tiers" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "add_ons" ALTER COLUMN "name" SET NOT NULL;
  DROP TABLE "subscription_tiers_locales" CASCADE;
  DROP TABLE "add_ons_locales" CASCADE;`)
}

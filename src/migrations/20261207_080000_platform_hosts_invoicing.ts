import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Invoicing lives on the OMS platform: its row now says so in `config` (`{"invoicing": true}`), where the invoicing
 * endpoints look for it, instead of the code naming the platform.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "platforms" SET "config" = COALESCE("config", '{}'::jsonb) || '{"invoicing": true}'::jsonb WHERE "code" = 'oms';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "platforms" SET "config" = NULLIF("config" - 'invoicing', '{}'::jsonb) WHERE "code" = 'oms';`)
}

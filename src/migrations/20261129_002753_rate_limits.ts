import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The counters of the rate limits on public endpoints (npm rate-limiter-flexible, RateLimiterPostgres with
 * `tableCreated: true`): shared by every app instance. The columns are the ones that library reads and writes;
 * `expire` is a Unix time in milliseconds. Not a Payload collection.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE IF NOT EXISTS "rate_limits" (
     "key" varchar(255) PRIMARY KEY,
     "points" integer NOT NULL DEFAULT 0,
     "expire" bigint
   );
   CREATE INDEX IF NOT EXISTS "rate_limits_expire_idx" ON "rate_limits" USING btree ("expire");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE IF EXISTS "rate_limits";`)
}

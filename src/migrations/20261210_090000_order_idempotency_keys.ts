import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * `order_idempotency_keys`: the Idempotency-Key of each order created over REST with one, written in the order's own
 * transaction. Per vendor (the unique key decides between concurrent requests with the same key), with a hash of the
 * request body and the answer given, so that a retry is answered the same; kept 24 hours (cleanupStale). Not a
 * Payload collection: nothing reads it over REST or in the admin.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "order_idempotency_keys" (
    "vendor_id" integer NOT NULL REFERENCES "vendors"("id") ON DELETE CASCADE,
    "key" varchar(255) NOT NULL,
    "request_hash" char(64) NOT NULL,
    "order_id" integer REFERENCES "orders"("id") ON DELETE SET NULL,
    "answer" jsonb NOT NULL,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY ("vendor_id", "key")
  );
  CREATE INDEX "order_idempotency_keys_created_at_idx" ON "order_idempotency_keys" USING btree ("created_at");
  CREATE INDEX "order_idempotency_keys_order_idx" ON "order_idempotency_keys" USING btree ("order_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "order_idempotency_keys";`)
}

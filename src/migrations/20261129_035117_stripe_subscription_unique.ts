import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Two rows on one Stripe subscription cannot both be right: stop and name them, so an operator decides which stays.
  const duplicates = await db.execute(sql`
    SELECT stripe_subscription_id, string_agg(id::text, ', ' ORDER BY id) AS ids FROM vendor_subscriptions
    WHERE stripe_subscription_id IS NOT NULL GROUP BY stripe_subscription_id HAVING count(*) > 1`)
  if (duplicates.rows.length > 0) {
    const list = duplicates.rows.map((row) => `${row.stripe_subscription_id} (vendor-subscriptions ${row.ids})`).join('; ')
    throw new Error(`Several vendor subscriptions point at one Stripe subscription: ${list}. Clear stripeSubscriptionId on all but the right one, then migrate again.`)
  }
  await db.execute(sql`
   DROP INDEX "vendor_subscriptions_stripe_subscription_id_idx";
  CREATE UNIQUE INDEX "vendor_subscriptions_stripe_subscription_id_idx" ON "vendor_subscriptions" USING btree ("stripe_subscription_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "vendor_subscriptions_stripe_subscription_id_idx";
  CREATE INDEX "vendor_subscriptions_stripe_subscription_id_idx" ON "vendor_subscriptions" USING btree ("stripe_subscription_id");`)
}

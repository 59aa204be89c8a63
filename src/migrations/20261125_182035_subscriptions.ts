import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_add_ons_interval" AS ENUM('month', 'year', 'once');
  CREATE TYPE "public"."enum_add_ons_raises_limit" AS ENUM('ordersPerMonth', 'products', 'teamMembers', 'cmsPages', 'cmsCustomPages');
  CREATE TYPE "public"."enum_vendor_subscriptions_status" AS ENUM('trialing', 'active', 'past_due', 'canceled', 'expired');
  CREATE TYPE "public"."enum_vendor_subscriptions_billing_period" AS ENUM('monthly', 'annual');
  CREATE TABLE "add_ons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform_id" integer NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"price" numeric NOT NULL,
  	"interval" "enum_add_ons_interval" DEFAULT 'month' NOT NULL,
  	"stripe_price" varchar,
  	"raises_limit" "enum_add_ons_raises_limit",
  	"raises_amount" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vendor_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"tier_code" varchar NOT NULL,
  	"status" "enum_vendor_subscriptions_status" DEFAULT 'trialing' NOT NULL,
  	"billing_period" "enum_vendor_subscriptions_billing_period" DEFAULT 'monthly' NOT NULL,
  	"trial_ends_at" timestamp(3) with time zone,
  	"current_period_start" timestamp(3) with time zone,
  	"current_period_end" timestamp(3) with time zone,
  	"orders_this_period" numeric DEFAULT 0,
  	"stripe_customer_id" varchar,
  	"stripe_subscription_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "vendor_subscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"add_ons_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "add_ons_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "vendor_subscriptions_id" integer;
  ALTER TABLE "add_ons" ADD CONSTRAINT "add_ons_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_subscriptions" ADD CONSTRAINT "vendor_subscriptions_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_subscriptions" ADD CONSTRAINT "vendor_subscriptions_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_subscriptions_rels" ADD CONSTRAINT "vendor_subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vendor_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vendor_subscriptions_rels" ADD CONSTRAINT "vendor_subscriptions_rels_add_ons_fk" FOREIGN KEY ("add_ons_id") REFERENCES "public"."add_ons"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "add_ons_platform_idx" ON "add_ons" USING btree ("platform_id");
  CREATE INDEX "add_ons_code_idx" ON "add_ons" USING btree ("code");
  CREATE INDEX "add_ons_updated_at_idx" ON "add_ons" USING btree ("updated_at");
  CREATE INDEX "add_ons_created_at_idx" ON "add_ons" USING btree ("created_at");
  CREATE UNIQUE INDEX "platform_code_1_idx" ON "add_ons" USING btree ("platform_id","code");
  CREATE INDEX "vendor_subscriptions_vendor_idx" ON "vendor_subscriptions" USING btree ("vendor_id");
  CREATE INDEX "vendor_subscriptions_platform_idx" ON "vendor_subscriptions" USING btree ("platform_id");
  CREATE INDEX "vendor_subscriptions_status_idx" ON "vendor_subscriptions" USING btree ("status");
  CREATE INDEX "vendor_subscriptions_stripe_customer_id_idx" ON "vendor_subscriptions" USING btree ("stripe_customer_id");
  CREATE INDEX "vendor_subscriptions_stripe_subscription_id_idx" ON "vendor_subscriptions" USING btree ("stripe_subscription_id");
  CREATE INDEX "vendor_subscriptions_updated_at_idx" ON "vendor_subscriptions" USING btree ("updated_at");
  CREATE INDEX "vendor_subscriptions_created_at_idx" ON "vendor_subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "vendor_platform_1_idx" ON "vendor_subscriptions" USING btree ("vendor_id","platform_id");
  CREATE INDEX "vendor_subscriptions_rels_order_idx" ON "vendor_subscriptions_rels" USING btree ("order");
  CREATE INDEX "vendor_subscriptions_rels_parent_idx" ON "vendor_subscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "vendor_subscriptions_rels_path_idx" ON "vendor_subscriptions_rels" USING btree ("path");
  CREATE INDEX "vendor_subscriptions_rels_add_ons_id_idx" ON "vendor_subscriptions_rels" USING btree ("add_ons_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_add_ons_fk" FOREIGN KEY ("add_ons_id") REFERENCES "public"."add_ons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vendor_subscriptions_fk" FOREIGN KEY ("vendor_subscriptions_id") REFERENCES "public"."vendor_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_add_ons_id_idx" ON "payload_locked_documents_rels" USING btree ("add_ons_id");
  CREATE INDEX "payload_locked_documents_rels_vendor_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("vendor_subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "add_ons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vendor_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vendor_subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "add_ons" CASCADE;
  DROP TABLE "vendor_subscriptions" CASCADE;
  DROP TABLE "vendor_subscriptions_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_add_ons_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_vendor_subscriptions_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_add_ons_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_vendor_subscriptions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "add_ons_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "vendor_subscriptions_id";
  DROP TYPE "public"."enum_add_ons_interval";
  DROP TYPE "public"."enum_add_ons_raises_limit";
  DROP TYPE "public"."enum_vendor_subscriptions_status";
  DROP TYPE "public"."enum_vendor_subscriptions_billing_period";`)
}

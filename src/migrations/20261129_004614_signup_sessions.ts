import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_signup_sessions_billing_period" AS ENUM('monthly', 'annual');
  CREATE TYPE "public"."enum_signup_sessions_locale" AS ENUM('en', 'fr', 'de');
  CREATE TABLE "signup_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token" varchar NOT NULL,
  	"platform_id" integer,
  	"tier_id" integer,
  	"billing_period" "enum_signup_sessions_billing_period" NOT NULL,
  	"letzshop_vendor_id" varchar,
  	"letzshop_slug" varchar,
  	"letzshop_name" varchar,
  	"email" varchar,
  	"company_name" varchar,
  	"country" varchar,
  	"vat_number" varchar,
  	"locale" "enum_signup_sessions_locale",
  	"password_salt" varchar,
  	"password_hash" varchar,
  	"stripe_customer_id" varchar,
  	"setup_intent_id" varchar,
  	"completed_vendor_id" integer,
  	"completed_user_id" integer,
  	"completed_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "signup_sessions" ADD CONSTRAINT "signup_sessions_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signup_sessions" ADD CONSTRAINT "signup_sessions_tier_id_subscription_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."subscription_tiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signup_sessions" ADD CONSTRAINT "signup_sessions_completed_vendor_id_vendors_id_fk" FOREIGN KEY ("completed_vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "signup_sessions" ADD CONSTRAINT "signup_sessions_completed_user_id_users_id_fk" FOREIGN KEY ("completed_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "signup_sessions_token_idx" ON "signup_sessions" USING btree ("token");
  CREATE INDEX "signup_sessions_platform_idx" ON "signup_sessions" USING btree ("platform_id");
  CREATE INDEX "signup_sessions_tier_idx" ON "signup_sessions" USING btree ("tier_id");
  CREATE INDEX "signup_sessions_completed_vendor_idx" ON "signup_sessions" USING btree ("completed_vendor_id");
  CREATE INDEX "signup_sessions_completed_user_idx" ON "signup_sessions" USING btree ("completed_user_id");
  CREATE INDEX "signup_sessions_expires_at_idx" ON "signup_sessions" USING btree ("expires_at");
  CREATE INDEX "signup_sessions_updated_at_idx" ON "signup_sessions" USING btree ("updated_at");
  CREATE INDEX "signup_sessions_created_at_idx" ON "signup_sessions" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "signup_sessions" CASCADE;
  DROP TYPE "public"."enum_signup_sessions_billing_period";
  DROP TYPE "public"."enum_signup_sessions_locale";`)
}

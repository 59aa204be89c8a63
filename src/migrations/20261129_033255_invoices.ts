import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_invoices_lines_vat_category" AS ENUM('standard', 'reduced', 'super_reduced', 'zero');
  CREATE TYPE "public"."enum_invoices_kind" AS ENUM('invoice', 'credit_note');
  CREATE TYPE "public"."enum_invoices_status" AS ENUM('draft', 'issued', 'paid', 'credited');
  CREATE TYPE "public"."enum_invoices_supply" AS ENUM('goods', 'services');
  CREATE TYPE "public"."enum_invoices_customer_type" AS ENUM('consumer', 'business');
  CREATE TYPE "public"."enum_invoices_customer_locale" AS ENUM('en', 'fr', 'de');
  CREATE TYPE "public"."enum_invoices_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum_invoices_vat_treatment" AS ENUM('domestic', 'origin', 'oss', 'intra_community_exempt', 'reverse_charge', 'export');
  CREATE TYPE "public"."enum_invoices_vies_status" AS ENUM('valid', 'invalid', 'unavailable');
  CREATE TABLE "vendor_invoice_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"legal_name" varchar NOT NULL,
  	"address_street" varchar NOT NULL,
  	"address_postal_code" varchar NOT NULL,
  	"address_city" varchar NOT NULL,
  	"address_country" varchar DEFAULT 'LU' NOT NULL,
  	"vat_number" varchar,
  	"rcs_number" varchar,
  	"email" varchar,
  	"iban" varchar,
  	"bic" varchar,
  	"number_prefix" varchar DEFAULT 'INV-' NOT NULL,
  	"number_pattern" varchar DEFAULT '{prefix}{year}-{seq:05}' NOT NULL,
  	"credit_note_prefix" varchar DEFAULT 'CN-' NOT NULL,
  	"credit_note_pattern" varchar DEFAULT '{prefix}{year}-{seq:05}' NOT NULL,
  	"payment_terms_days" numeric DEFAULT 30 NOT NULL,
  	"footer" varchar,
  	"logo" varchar,
  	"oss_registered" boolean DEFAULT false,
  	"eu_distance_sales_previous_year" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "invoices_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"description" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"unit_price" numeric NOT NULL,
  	"vat_category" "enum_invoices_lines_vat_category" DEFAULT 'standard' NOT NULL,
  	"vat_rate" numeric,
  	"net" numeric,
  	"vat" numeric,
  	"gross" numeric
  );
  
  CREATE TABLE "invoices_vat_breakdown" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"vat_rate" numeric,
  	"net" numeric,
  	"vat" numeric
  );
  
  CREATE TABLE "invoices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"vendor_id" integer NOT NULL,
  	"platform_id" integer NOT NULL,
  	"number" varchar,
  	"kind" "enum_invoices_kind" DEFAULT 'invoice' NOT NULL,
  	"status" "enum_invoices_status" DEFAULT 'draft' NOT NULL,
  	"order_id" integer,
  	"supply" "enum_invoices_supply" DEFAULT 'goods' NOT NULL,
  	"customer_name" varchar NOT NULL,
  	"customer_email" varchar,
  	"customer_type" "enum_invoices_customer_type" DEFAULT 'consumer' NOT NULL,
  	"customer_vat_number" varchar,
  	"customer_address_street" varchar NOT NULL,
  	"customer_address_postal_code" varchar NOT NULL,
  	"customer_address_city" varchar NOT NULL,
  	"customer_address_country" varchar NOT NULL,
  	"customer_locale" "enum_invoices_customer_locale" DEFAULT 'en' NOT NULL,
  	"totals_net" numeric,
  	"totals_vat" numeric,
  	"totals_gross" numeric,
  	"currency" "enum_invoices_currency" DEFAULT 'EUR' NOT NULL,
  	"supply_date" timestamp(3) with time zone,
  	"issue_date" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"credit_note_for_id" integer,
  	"vat_treatment" "enum_invoices_vat_treatment",
  	"vat_note" varchar,
  	"customer_vat_valid" boolean,
  	"rate_country" varchar,
  	"vies_status" "enum_invoices_vies_status",
  	"vies_checked_at" timestamp(3) with time zone,
  	"vies_vat_number" varchar,
  	"vies_name" varchar,
  	"vies_address" varchar,
  	"vies_request_identifier" varchar,
  	"vies_error" varchar,
  	"seller_snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "vendor_invoice_settings" ADD CONSTRAINT "vendor_invoice_settings_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "vendor_invoice_settings" ADD CONSTRAINT "vendor_invoice_settings_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices_lines" ADD CONSTRAINT "invoices_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "invoices_vat_breakdown" ADD CONSTRAINT "invoices_vat_breakdown_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_platform_id_platforms_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platforms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credit_note_for_id_invoices_id_fk" FOREIGN KEY ("credit_note_for_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "vendor_invoice_settings_vendor_idx" ON "vendor_invoice_settings" USING btree ("vendor_id");
  CREATE INDEX "vendor_invoice_settings_platform_idx" ON "vendor_invoice_settings" USING btree ("platform_id");
  CREATE INDEX "vendor_invoice_settings_updated_at_idx" ON "vendor_invoice_settings" USING btree ("updated_at");
  CREATE INDEX "vendor_invoice_settings_created_at_idx" ON "vendor_invoice_settings" USING btree ("created_at");
  CREATE UNIQUE INDEX "vendor_idx" ON "vendor_invoice_settings" USING btree ("vendor_id");
  CREATE INDEX "invoices_lines_order_idx" ON "invoices_lines" USING btree ("_order");
  CREATE INDEX "invoices_lines_parent_id_idx" ON "invoices_lines" USING btree ("_parent_id");
  CREATE INDEX "invoices_vat_breakdown_order_idx" ON "invoices_vat_breakdown" USING btree ("_order");
  CREATE INDEX "invoices_vat_breakdown_parent_id_idx" ON "invoices_vat_breakdown" USING btree ("_parent_id");
  CREATE INDEX "invoices_vendor_idx" ON "invoices" USING btree ("vendor_id");
  CREATE INDEX "invoices_platform_idx" ON "invoices" USING btree ("platform_id");
  CREATE INDEX "invoices_number_idx" ON "invoices" USING btree ("number");
  CREATE INDEX "invoices_status_idx" ON "invoices" USING btree ("status");
  CREATE INDEX "invoices_order_idx" ON "invoices" USING btree ("order_id");
  CREATE INDEX "invoices_issue_date_idx" ON "invoices" USING btree ("issue_date");
  CREATE INDEX "invoices_credit_note_for_idx" ON "invoices" USING btree ("credit_note_for_id");
  CREATE INDEX "invoices_updated_at_idx" ON "invoices" USING btree ("updated_at");
  CREATE INDEX "invoices_created_at_idx" ON "invoices" USING btree ("created_at");
  CREATE UNIQUE INDEX "vendor_number_idx" ON "invoices" USING btree ("vendor_id","number");`)

  // Not expressible in Payload's config: one invoice per order while it stands (until it is credited), and the
  // counters of the gapless number series (one row per vendor, series and year, locked by the issuing transaction).
  await db.execute(sql`
  CREATE UNIQUE INDEX "invoices_one_standing_per_order" ON "invoices" USING btree ("order_id")
    WHERE "kind" = 'invoice' AND "status" <> 'credited' AND "order_id" IS NOT NULL;
  CREATE TABLE "invoice_number_counters" (
    "vendor_id" integer NOT NULL REFERENCES "public"."vendors"("id") ON DELETE cascade,
    "series" varchar(20) NOT NULL,
    "year" integer NOT NULL,
    "last_value" integer NOT NULL,
    PRIMARY KEY ("vendor_id", "series", "year")
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE IF EXISTS "invoice_number_counters";
   DROP TABLE "vendor_invoice_settings" CASCADE;
  DROP TABLE "invoices_lines" CASCADE;
  DROP TABLE "invoices_vat_breakdown" CASCADE;
  DROP TABLE "invoices" CASCADE;
  DROP TYPE "public"."enum_invoices_lines_vat_category";
  DROP TYPE "public"."enum_invoices_kind";
  DROP TYPE "public"."enum_invoices_status";
  DROP TYPE "public"."enum_invoices_supply";
  DROP TYPE "public"."enum_invoices_customer_type";
  DROP TYPE "public"."enum_invoices_customer_locale";
  DROP TYPE "public"."enum_invoices_currency";
  DROP TYPE "public"."enum_invoices_vat_treatment";
  DROP TYPE "public"."enum_invoices_vies_status";`)
}

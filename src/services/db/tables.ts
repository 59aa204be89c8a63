import { migrationTable, payloadEnum, payloadTable, relationPath } from './sqlName'

/*
 * Every table, column, enum type and relationship path our raw SQL names, in one place: statements write
 * `${tables.vendorSubscriptions.status}` instead of `status`. Payload generates most of these from the collections'
 * config, so a renamed field renames its column: tests/int/database/schema-names.int.spec.ts checks each name
 * against Payload's own schema (`payload.db.tables`) and the migrated database, and fails when one is missing.
 * A statement that needs a new column adds it here first. Use as `import * as tables from '@/services/db/tables'`.
 */

export const platforms = payloadTable('platforms', ['id', 'code', 'name', 'is_active', 'config'])
export const platformsDomains = payloadTable('platforms_domains', ['id', '_parent_id', 'domain'])
export const vendors = payloadTable('vendors', ['id', 'slug', 'name'])
export const sentEmails = payloadTable('sent_emails', [
  'mail_id',
  'to',
  'template',
  'locale',
  'subject',
  'message_id',
  'updated_at',
  'created_at',
])
export const vendorPlatforms = payloadTable('vendor_platforms', ['vendor_id', 'platform_id', 'is_active'])

export const subscriptionTiers = payloadTable('subscription_tiers', [
  'id',
  'platform_id',
  'code',
  'price_monthly',
  'price_annual',
  'limits_orders_per_month',
  'limits_products',
  'limits_team_members',
  'limits_cms_pages',
  'limits_cms_custom_pages',
  'is_public',
  'sort_order',
])
/** The localized texts of tiers and add-ons: read them through src/services/tiers/localizedNameSql.ts. */
export const subscriptionTiersLocales = payloadTable('subscription_tiers_locales', [
  '_parent_id',
  '_locale',
  'name',
  'description',
])
export const addOnsLocales = payloadTable('add_ons_locales', ['_parent_id', '_locale', 'name', 'description'])
export const subscriptionTiersFeatures = payloadTable('subscription_tiers_features', ['parent_id', 'order', 'value'])
export const addOns = payloadTable('add_ons', [
  'id',
  'platform_id',
  'code',
  'price',
  'interval',
  'raises_limit',
  'raises_amount',
])

export const vendorSubscriptions = payloadTable('vendor_subscriptions', [
  'id',
  'vendor_id',
  'platform_id',
  'tier_id',
  'status',
  'billing_period',
  'trial_ends_at',
  'current_period_start',
  'orders_this_period',
  'stripe_subscription_id',
  'dunning_read_only',
  'dunning_since',
  'updated_at',
  'created_at',
  'current_period_end',
  'stripe_customer_id',
  'trial_reminder_sent_for',
  'stripe_read_at',
])
export const vendorSubscriptionsRels = payloadTable('vendor_subscriptions_rels', ['parent_id', 'path', 'add_ons_id'])
export const addOnsPath = relationPath('vendor-subscriptions', 'addOns')

export const contentPages = payloadTable('content_pages', [
  'id',
  'platform_id',
  'vendor_id',
  'slug',
  'template',
  'is_platform_page',
  'show_in_header',
  'show_in_footer',
  'sort_order',
  '_status',
  'updated_at',
])
export const contentPagesLocales = payloadTable('content_pages_locales', [
  '_parent_id',
  '_locale',
  'title',
  'content',
  'meta_title',
  'meta_description',
])
/** The enum type of `_locale` columns. */
export const locales = payloadEnum('_locales')

export const products = payloadTable('products', ['vendor_id', 'platform_id'])
export const orders = payloadTable('orders', [
  'id',
  'vendor_id',
  'platform_id',
  'source',
  'external_id',
  'customer_name',
  'customer_email',
  'total',
  'status',
  'placed_at',
  'shipping_address_name',
  'shipping_address_street',
  'shipping_address_postal_code',
  'shipping_address_city',
  'shipping_address_country',
])
/** The enum types of orders' `source` and of a line's `letzshopState`, for statements that write them. */
export const orderSourceEnum = payloadEnum('enum_orders_source')
export const orderLineLetzshopStateEnum = payloadEnum('enum_orders_lines_letzshop_state')
export const ordersLines = payloadTable('orders_lines', [
  '_order',
  '_parent_id',
  'id',
  'description',
  'sku',
  'product_id',
  'quantity',
  'unit_price',
  'line_total',
  'letzshop_unit_id',
  'letzshop_state',
])
export const usersRels = payloadTable('users_rels', ['parent_id', 'path', 'vendors_id'])
export const users = payloadTable('users', ['id', 'email', 'created_at'])
export const usersRoles = payloadTable('users_roles', ['parent_id', 'value'])
export const payloadPreferences = payloadTable('payload_preferences', ['id', 'key', 'value'])
export const payloadPreferencesRels = payloadTable('payload_preferences_rels', ['parent_id', 'path', 'users_id'])
export const vendorsPath = relationPath('users', 'vendors')

export const invoices = payloadTable('invoices', [
  'id',
  'vendor_id',
  'platform_id',
  'order_id',
  'number',
  'status',
  'issue_date',
  'supply_date',
  'due_date',
  'seller_snapshot',
  'totals_net',
  'totals_vat',
  'totals_gross',
  'vat_treatment',
  'vat_note',
  'customer_vat_valid',
  'rate_country',
  'vies_status',
  'vies_checked_at',
  'vies_vat_number',
  'vies_name',
  'vies_address',
  'vies_request_identifier',
  'vies_error',
  'updated_at',
])
export const invoicesLines = payloadTable('invoices_lines', ['id', '_parent_id', 'vat_rate', 'net', 'vat', 'gross'])
export const invoicesVatBreakdown = payloadTable('invoices_vat_breakdown', [
  '_order',
  '_parent_id',
  'id',
  'vat_rate',
  'net',
  'vat',
])
export const invoiceNumberCounters = migrationTable('invoice_number_counters', [
  'vendor_id',
  'series',
  'year',
  'last_value',
])

export const signupSessions = payloadTable('signup_sessions', [
  'id',
  'token',
  'expires_at',
  'stripe_customer_id',
  'completed_vendor_id',
  'completed_user_id',
  'letzshop_vendor_id',
  'locale',
])

/** The enum type of vendor-subscriptions' `status`, for statements that write it. */
export const subscriptionStatusEnum = payloadEnum('enum_vendor_subscriptions_status')

export const stripeEvents = payloadTable('stripe_events', [
  'event_id',
  'type',
  'payload',
  'received_at',
  'processed_at',
  'outcome',
  'note',
  'error',
  'attempts',
  'updated_at',
])

export const payloadJobs = payloadTable('payload_jobs', [
  'id',
  'input',
  'task_slug',
  'queue',
  'wait_until',
  'total_tried',
  'has_error',
  'processing',
  'error',
  'completed_at',
  'updated_at',
  'created_at',
])

export const payloadJobsLog = payloadTable('payload_jobs_log', ['_parent_id', 'task_slug', 'completed_at', 'state'])

/** The columns of a snapshot's figures for one limit: `capacity_<limit>_<figure>` (see services/capacity/metrics.ts). */
const CAPACITY_LIMITS = ['orders_per_month', 'products', 'team_members', 'cms_pages', 'cms_custom_pages'] as const
const CAPACITY_FIGURES = ['limit', 'unlimited', 'used', 'used_under_limit', 'near_limit'] as const
type CapacityColumn = `capacity_${(typeof CAPACITY_LIMITS)[number]}_${(typeof CAPACITY_FIGURES)[number]}`
const capacityColumns = CAPACITY_LIMITS.flatMap((limit) =>
  CAPACITY_FIGURES.map((figure): CapacityColumn => `capacity_${limit}_${figure}`),
)

export const capacitySnapshots = payloadTable('capacity_snapshots', [
  'id',
  'platform_id',
  'date',
  'vendors_live',
  'vendors_by_status',
  'vendors_by_tier',
  'mrr_cents',
  'mrr_past_due_cents',
  'mrr_trial_cents',
  'day_signups',
  'day_conversions',
  'day_cancellations',
  'updated_at',
  'created_at',
  ...capacityColumns,
])
/** Each subscription's status as the last captures saw it, by day: the day's conversions and cancellations. */
export const capacitySubscriptionStatuses = migrationTable('capacity_subscription_statuses', [
  'subscription_id',
  'day',
  'status',
])

/** One row per scheduled task and cron slot: its primary key lets exactly one worker queue a slot's job. */
export const jobScheduleSlots = migrationTable('job_schedule_slots', [
  'task_slug',
  'slot',
  'queued_at',
  'job_id',
  'started_at',
  'finished_at',
  'attempts',
  'error',
  'output',
])
/** The Idempotency-Key of each order created with one (per vendor), its body's hash and the answer given. */
export const orderIdempotencyKeys = migrationTable('order_idempotency_keys', [
  'vendor_id',
  'key',
  'request_hash',
  'order_id',
  'answer',
  'created_at',
])
export const letzshopConnections = payloadTable('letzshop_connections', ['id', 'run_lease_until'])

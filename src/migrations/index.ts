import * as migration_20261125_172750_initial from './20261125_172750_initial';
import * as migration_20261125_173009_multi_platform from './20261125_173009_multi_platform';
import * as migration_20261125_182035_subscriptions from './20261125_182035_subscriptions';
import * as migration_20261125_182127_subscription_tier_relation from './20261125_182127_subscription_tier_relation';
import * as migration_20261125_183021_products_orders from './20261125_183021_products_orders';
import * as migration_20261128_234714_vendor_custom_domain_unique from './20261128_234714_vendor_custom_domain_unique';
import * as migration_20261129_002733_letzshop_vendor_unique from './20261129_002733_letzshop_vendor_unique';
import * as migration_20261129_002753_rate_limits from './20261129_002753_rate_limits';
import * as migration_20261129_002938_jobs_queue from './20261129_002938_jobs_queue';
import * as migration_20261129_004333_without_document_locks from './20261129_004333_without_document_locks';
import * as migration_20261129_004614_signup_sessions from './20261129_004614_signup_sessions';
import * as migration_20261129_011217_stripe_price_sync_task from './20261129_011217_stripe_price_sync_task';
import * as migration_20261129_021534_billing_changes from './20261129_021534_billing_changes';
import * as migration_20261129_022440_webhooks_dunning from './20261129_022440_webhooks_dunning';
import * as migration_20261129_033255_invoices from './20261129_033255_invoices';
import * as migration_20261129_035117_stripe_subscription_unique from './20261129_035117_stripe_subscription_unique';
import * as migration_20261129_063225_distance_sales_index from './20261129_063225_distance_sales_index';
import * as migration_20261207_080000_platform_hosts_invoicing from './20261207_080000_platform_hosts_invoicing';
import * as migration_20261207_100000_seller_vat_status from './20261207_100000_seller_vat_status';
import * as migration_20261207_110000_electronic_addresses from './20261207_110000_electronic_addresses';
import * as migration_20261207_120000_invoice_admin from './20261207_120000_invoice_admin';
import * as migration_20261207_130000_subscription_jobs from './20261207_130000_subscription_jobs';
import * as migration_20261207_140000_capacity_snapshots from './20261207_140000_capacity_snapshots';
import * as migration_20261208_140000_letzshop_order_sync from './20261208_140000_letzshop_order_sync';
import * as migration_20261208_150000_content_cache_notify from './20261208_150000_content_cache_notify';
import * as migration_20261208_160000_users_without_account_lock from './20261208_160000_users_without_account_lock';
import * as migration_20261209_110000_localized_plan_names from './20261209_110000_localized_plan_names';
import * as migration_20261209_130000_contact_messages from './20261209_130000_contact_messages';
import * as migration_20261209_150000_stripe_read_at from './20261209_150000_stripe_read_at';
import * as migration_20261209_160000_shop_hold from './20261209_160000_shop_hold';
import * as migration_20261209_170000_signup_trials from './20261209_170000_signup_trials';
import * as migration_20261210_090000_order_idempotency_keys from './20261210_090000_order_idempotency_keys';

export const migrations = [
  {
    up: migration_20261125_172750_initial.up,
    down: migration_20261125_172750_initial.down,
    name: '20261125_172750_initial',
  },
  {
    up: migration_20261125_173009_multi_platform.up,
    down: migration_20261125_173009_multi_platform.down,
    name: '20261125_173009_multi_platform',
  },
  {
    up: migration_20261125_182035_subscriptions.up,
    down: migration_20261125_182035_subscriptions.down,
    name: '20261125_182035_subscriptions',
  },
  {
    up: migration_20261125_182127_subscription_tier_relation.up,
    down: migration_20261125_182127_subscription_tier_relation.down,
    name: '20261125_182127_subscription_tier_relation',
  },
  {
    up: migration_20261125_183021_products_orders.up,
    down: migration_20261125_183021_products_orders.down,
    name: '20261125_183021_products_orders',
  },
  {
    up: migration_20261128_234714_vendor_custom_domain_unique.up,
    down: migration_20261128_234714_vendor_custom_domain_unique.down,
    name: '20261128_234714_vendor_custom_domain_unique',
  },
  {
    up: migration_20261129_002733_letzshop_vendor_unique.up,
    down: migration_20261129_002733_letzshop_vendor_unique.down,
    name: '20261129_002733_letzshop_vendor_unique',
  },
  {
    up: migration_20261129_002753_rate_limits.up,
    down: migration_20261129_002753_rate_limits.down,
    name: '20261129_002753_rate_limits',
  },
  {
    up: migration_20261129_002938_jobs_queue.up,
    down: migration_20261129_002938_jobs_queue.down,
    name: '20261129_002938_jobs_queue',
  },
  {
    up: migration_20261129_004333_without_document_locks.up,
    down: migration_20261129_004333_without_document_locks.down,
    name: '20261129_004333_without_document_locks',
  },
  {
    up: migration_20261129_004614_signup_sessions.up,
    down: migration_20261129_004614_signup_sessions.down,
    name: '20261129_004614_signup_sessions',
  },
  {
    up: migration_20261129_011217_stripe_price_sync_task.up,
    down: migration_20261129_011217_stripe_price_sync_task.down,
    name: '20261129_011217_stripe_price_sync_task',
  },
  {
    up: migration_20261129_021534_billing_changes.up,
    down: migration_20261129_021534_billing_changes.down,
    name: '20261129_021534_billing_changes',
  },
  {
    up: migration_20261129_022440_webhooks_dunning.up,
    down: migration_20261129_022440_webhooks_dunning.down,
    name: '20261129_022440_webhooks_dunning',
  },
  {
    up: migration_20261129_033255_invoices.up,
    down: migration_20261129_033255_invoices.down,
    name: '20261129_033255_invoices',
  },
  {
    up: migration_20261129_035117_stripe_subscription_unique.up,
    down: migration_20261129_035117_stripe_subscription_unique.down,
    name: '20261129_035117_stripe_subscription_unique',
  },
  {
    up: migration_20261129_063225_distance_sales_index.up,
    down: migration_20261129_063225_distance_sales_index.down,
    name: '20261129_063225_distance_sales_index',
  },
  {
    up: migration_20261207_080000_platform_hosts_invoicing.up,
    down: migration_20261207_080000_platform_hosts_invoicing.down,
    name: '20261207_080000_platform_hosts_invoicing',
  },
  {
    up: migration_20261207_100000_seller_vat_status.up,
    down: migration_20261207_100000_seller_vat_status.down,
    name: '20261207_100000_seller_vat_status',
  },
  {
    up: migration_20261207_110000_electronic_addresses.up,
    down: migration_20261207_110000_electronic_addresses.down,
    name: '20261207_110000_electronic_addresses',
  },
  {
    up: migration_20261207_120000_invoice_admin.up,
    down: migration_20261207_120000_invoice_admin.down,
    name: '20261207_120000_invoice_admin',
  },
  {
    up: migration_20261207_130000_subscription_jobs.up,
    down: migration_20261207_130000_subscription_jobs.down,
    name: '20261207_130000_subscription_jobs',
  },
  {
    up: migration_20261207_140000_capacity_snapshots.up,
    down: migration_20261207_140000_capacity_snapshots.down,
    name: '20261207_140000_capacity_snapshots',
  },
  {
    up: migration_20261208_140000_letzshop_order_sync.up,
    down: migration_20261208_140000_letzshop_order_sync.down,
    name: '20261208_140000_letzshop_order_sync',
  },
  {
    up: migration_20261208_150000_content_cache_notify.up,
    down: migration_20261208_150000_content_cache_notify.down,
    name: '20261208_150000_content_cache_notify',
  },
  {
    up: migration_20261208_160000_users_without_account_lock.up,
    down: migration_20261208_160000_users_without_account_lock.down,
    name: '20261208_160000_users_without_account_lock',
  },
  {
    up: migration_20261209_110000_localized_plan_names.up,
    down: migration_20261209_110000_localized_plan_names.down,
    name: '20261209_110000_localized_plan_names',
  },
  {
    up: migration_20261209_130000_contact_messages.up,
    down: migration_20261209_130000_contact_messages.down,
    name: '20261209_130000_contact_messages',
  },
  {
    up: migration_20261209_150000_stripe_read_at.up,
    down: migration_20261209_150000_stripe_read_at.down,
    name: '20261209_150000_stripe_read_at',
  },
  {
    up: migration_20261209_160000_shop_hold.up,
    down: migration_20261209_160000_shop_hold.down,
    name: '20261209_160000_shop_hold',
  },
  {
    up: migration_20261209_170000_signup_trials.up,
    down: migration_20261209_170000_signup_trials.down,
    name: '20261209_170000_signup_trials',
  },
  {
    up: migration_20261210_090000_order_idempotency_keys.up,
    down: migration_20261210_090000_order_idempotency_keys.down,
    name: '20261210_090000_order_idempotency_keys',
  },
];

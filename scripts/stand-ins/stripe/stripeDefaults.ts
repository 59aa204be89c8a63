/**
 * What Stripe returns, for the pinned API version, in the fields of each object that the stand-in's flows never set:
 * the object's own values are spread over these. `tests/unit/stand-ins/stripe-published-types.unit.spec.ts` checks
 * that every field Stripe always returns is there.
 */

const NO_AUTOMATIC_TAX = { disabled_reason: null, enabled: false, liability: null }

export const CUSTOMER_DEFAULTS = { default_source: null, shipping: null }

export const PRODUCT_DEFAULTS = {
  images: [],
  marketing_features: [],
  package_dimensions: null,
  shippable: null,
  tax_details: null,
  type: 'service',
  url: null,
}

export const PRICE_DEFAULTS = { custom_unit_amount: null, tiers_mode: null, transform_quantity: null }

export const PAYMENT_METHOD_DEFAULTS = { customer_account: null }

export const SETUP_INTENT_DEFAULTS = {
  application: null,
  automatic_payment_methods: null,
  excluded_payment_method_types: null,
  mandate: null,
  on_behalf_of: null,
  payment_method_configuration_details: null,
  payment_method_options: {
    card: { mandate_options: null, network: null, request_three_d_secure: 'automatic' },
  },
  single_use_mandate: null,
}

export const SUBSCRIPTION_DEFAULTS = {
  application: null,
  application_fee_percent: null,
  automatic_tax: NO_AUTOMATIC_TAX,
  billing_cycle_anchor_config: null,
  billing_mode: { flexible: null, type: 'classic' },
  billing_schedules: [],
  billing_thresholds: null,
  cancellation_details: { comment: null, feedback: null, reason: null },
  customer_account: null,
  days_until_due: null,
  default_source: null,
  discounts: [],
  invoice_settings: { account_tax_ids: null, issuer: { type: 'self' } },
  managed_payments: null,
  next_pending_invoice_item_invoice: null,
  on_behalf_of: null,
  pause_collection: null,
  payment_settings: {
    payment_method_options: null,
    payment_method_types: null,
    save_default_payment_method: 'off',
  },
  pending_invoice_item_interval: null,
  pending_setup_intent: null,
  test_clock: null,
  transfer_data: null,
  trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } },
}

export const SUBSCRIPTION_ITEM_DEFAULTS = {
  billing_thresholds: null,
  current_trial: null,
  discounts: [],
  tax_rates: [],
}

export const INVOICE_DEFAULTS = {
  account_tax_ids: null,
  application: null,
  automatically_finalizes_at: null,
  custom_fields: null,
  customer_account: null,
  customer_address: null,
  customer_phone: null,
  customer_shipping: null,
  customer_tax_exempt: 'none',
  default_source: null,
  default_tax_rates: [],
  footer: null,
  from_invoice: null,
  last_finalization_error: null,
  latest_revision: null,
  on_behalf_of: null,
  payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
  post_payment_credit_notes_amount: 0,
  pre_payment_credit_notes_amount: 0,
  receipt_number: null,
  rendering: null,
  shipping_cost: null,
  shipping_details: null,
  statement_descriptor: null,
  test_clock: null,
  total_pretax_credit_amounts: [],
}

export const LINE_ITEM_DEFAULTS = { quantity_decimal: null, subscription: null }

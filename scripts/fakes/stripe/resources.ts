import { randomBytes } from 'node:crypto'

import { invalidRequest, noSuch, StripeFakeError } from './errors'
import type { FormObject } from './formBody'
import { boolean, integer, mergeMetadata, object, onlyParams, requiredText, stringList, text } from './params'

/**
 * The stand-in's objects and what each call does to them, in Stripe's shapes (API version 2026-10-28.endive) for the
 * fields the app reads. State lives in memory, per server.
 */

export type StripeObject = { id: string; object: string; [field: string]: any }
export type EventSink = (type: string, object: StripeObject, previousAttributes?: Record<string, unknown>) => void

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const stripeId = (prefix: string): string =>
  `${prefix}_1${[...randomBytes(23)].map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('')}`

const now = (): number => Math.floor(Date.now() / 1000)
const DAY = 86_400

type CardOutcome = 'succeeded' | 'declined' | 'authentication_required'

/** Stripe's test payment methods: using one creates a new card payment method with its behaviour. */
export const TEST_PAYMENT_METHODS: Record<string, { brand: string; last4: string; outcome: CardOutcome }> = {
  pm_card_visa: { brand: 'visa', last4: '4242', outcome: 'succeeded' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', outcome: 'succeeded' },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002', outcome: 'declined' },
  pm_card_authenticationRequired: { brand: 'visa', last4: '3184', outcome: 'authentication_required' },
}

const AUTHENTICATION_FAILURE =
  'We are unable to authenticate your payment method. Please choose a different payment method and try again.'

const list = (url: string, data: StripeObject[], limit = 10) => ({ object: 'list', data: data.slice(0, limit), has_more: data.length > limit, url })

export class StripeFakeState {
  readonly customers = new Map<string, StripeObject>()
  readonly products = new Map<string, StripeObject>()
  readonly prices = new Map<string, StripeObject>()
  readonly paymentMethods = new Map<string, StripeObject>()
  readonly setupIntents = new Map<string, StripeObject>()
  readonly subscriptions = new Map<string, StripeObject>()
  readonly events = new Map<string, StripeObject>()
  private readonly outcomes = new Map<string, CardOutcome>()

  constructor(private readonly emitEvent: EventSink) {}

  /** Any stored object by id (for `expand`), or undefined. */
  find(id: string): StripeObject | undefined {
    for (const map of [this.customers, this.products, this.prices, this.paymentMethods, this.setupIntents, this.subscriptions, this.events]) {
      const found = map.get(id)
      if (found) return found
    }
    return undefined
  }

  // Customers

  createCustomer(params: FormObject): StripeObject {
    onlyParams(params, ['email', 'name', 'description', 'phone', 'metadata', 'preferred_locales', 'invoice_settings', 'payment_method'])
    const customer: StripeObject = {
      id: stripeId('cus'),
      object: 'customer',
      created: now(),
      email: text(params, 'email') || null,
      name: text(params, 'name') || null,
      description: text(params, 'description') || null,
      phone: text(params, 'phone') || null,
      preferred_locales: stringList(params, 'preferred_locales') ?? [],
      metadata: mergeMetadata({}, params),
      invoice_settings: { default_payment_method: null, custom_fields: null, footer: null, rendering_options: null },
      balance: 0,
      currency: null,
      delinquent: false,
      livemode: false,
    }
    this.customers.set(customer.id, customer)
    const paymentMethod = text(params, 'payment_method')
    if (paymentMethod) this.attachPaymentMethod(paymentMethod, { customer: customer.id })
    this.applyInvoiceSettings(customer, params)
    return customer
  }

  retrieveCustomer(id: string): StripeObject {
    const customer = this.customers.get(id)
    if (!customer) throw noSuch('customer', id)
    return customer.deleted ? { id, object: 'customer', deleted: true } : customer
  }

  private liveCustomer(id: string, param = 'id'): StripeObject {
    const customer = this.customers.get(id)
    if (!customer || customer.deleted) throw noSuch('customer', id, param)
    return customer
  }

  updateCustomer(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['email', 'name', 'description', 'phone', 'metadata', 'preferred_locales', 'invoice_settings'])
    const customer = this.liveCustomer(id)
    for (const field of ['email', 'name', 'description', 'phone']) {
      const value = text(params, field)
      if (value !== undefined) customer[field] = value || null
    }
    customer.metadata = mergeMetadata(customer.metadata, params)
    this.applyInvoiceSettings(customer, params)
    return customer
  }

  private applyInvoiceSettings(customer: StripeObject, params: FormObject): void {
    const settings = object(params, 'invoice_settings')
    if (!settings) return
    onlyParams(settings, ['default_payment_method', 'footer', 'custom_fields', 'rendering_options'])
    const paymentMethodId = text(settings, 'default_payment_method')
    if (paymentMethodId === undefined) return
    if (paymentMethodId !== '') {
      const paymentMethod = this.paymentMethods.get(paymentMethodId)
      if (!paymentMethod) throw noSuch('PaymentMethod', paymentMethodId, 'invoice_settings[default_payment_method]')
      if (paymentMethod.customer !== customer.id) {
        throw invalidRequest(
          `The customer does not have a payment method with the ID ${paymentMethodId}. The payment method must be attached to the customer.`,
          'invoice_settings[default_payment_method]',
          'resource_missing',
        )
      }
    }
    customer.invoice_settings.default_payment_method = paymentMethodId || null
  }

  deleteCustomer(id: string): StripeObject {
    const customer = this.liveCustomer(id)
    customer.deleted = true
    for (const subscription of this.subscriptions.values()) {
      if (subscription.customer === id && subscription.status !== 'canceled') this.cancelSubscription(subscription.id, {})
    }
    return { id, object: 'customer', deleted: true }
  }

  // Products and prices

  createProduct(params: FormObject): StripeObject {
    onlyParams(params, ['id', 'name', 'description', 'active', 'metadata', 'tax_code', 'statement_descriptor', 'unit_label'])
    const id = text(params, 'id') || stripeId('prod')
    if (this.products.has(id)) throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists')
    const product: StripeObject = {
      id,
      object: 'product',
      created: now(),
      updated: now(),
      name: requiredText(params, 'name'),
      description: text(params, 'description') || null,
      active: boolean(params, 'active') ?? true,
      metadata: mergeMetadata({}, params),
      default_price: null,
      livemode: false,
    }
    this.products.set(product.id, product)
    return product
  }

  retrieveProduct(id: string): StripeObject {
    const product = this.products.get(id)
    if (!product) throw noSuch('product', id)
    return product
  }

  updateProduct(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['name', 'description', 'active', 'metadata', 'default_price'])
    const product = this.retrieveProduct(id)
    const name = text(params, 'name')
    if (name !== undefined) product.name = name
    const description = text(params, 'description')
    if (description !== undefined) product.description = description || null
    product.active = boolean(params, 'active') ?? product.active
    const defaultPrice = text(params, 'default_price')
    if (defaultPrice !== undefined) product.default_price = defaultPrice || null
    product.metadata = mergeMetadata(product.metadata, params)
    product.updated = now()
    return product
  }

  listProducts(params: FormObject): object {
    const active = boolean(params, 'active')
    const products = [...this.products.values()].filter((product) => active === undefined || product.active === active)
    return list('/v1/products', products.reverse(), integer(params, 'limit') ?? 10)
  }

  createPrice(params: FormObject): StripeObject {
    onlyParams(params, ['currency', 'unit_amount', 'product', 'product_data', 'recurring', 'lookup_key', 'transfer_lookup_key', 'nickname', 'metadata', 'active', 'tax_behavior'])
    const currency = requiredText(params, 'currency').toLowerCase()
    const unitAmount = integer(params, 'unit_amount')
    if (unitAmount === undefined) throw invalidRequest('Missing required param: unit_amount.', 'unit_amount', 'parameter_missing')
    if (unitAmount < 0) throw invalidRequest('This value must be greater than or equal to 0.', 'unit_amount')
    let productId = text(params, 'product')
    const productData = object(params, 'product_data')
    if (productId && productData) throw invalidRequest('You may only specify one of these parameters: product, product_data.', 'product')
    if (productData) productId = this.createProduct(productData).id
    if (!productId) throw invalidRequest('Missing required param: product.', 'product', 'parameter_missing')
    if (!this.products.has(productId)) throw noSuch('product', productId, 'product')
    const recurringParams = object(params, 'recurring')
    let recurring: Record<string, unknown> | null = null
    if (recurringParams) {
      onlyParams(recurringParams, ['interval', 'interval_count', 'usage_type'])
      const interval = requiredText(recurringParams, 'interval')
      if (!['day', 'week', 'month', 'year'].includes(interval)) {
        throw invalidRequest(`Invalid recurring[interval]: must be one of day, week, month, or year`, 'recurring[interval]')
      }
      recurring = {
        interval,
        interval_count: integer(recurringParams, 'interval_count', 'recurring[interval_count]') ?? 1,
        usage_type: text(recurringParams, 'usage_type') ?? 'licensed',
        meter: null,
        trial_period_days: null,
      }
    }
    const lookupKey = text(params, 'lookup_key') || null
    if (lookupKey) {
      const holder = [...this.prices.values()].find((price) => price.lookup_key === lookupKey)
      if (holder && boolean(params, 'transfer_lookup_key') !== true) {
        throw invalidRequest(
          `A price (\`${holder.id}\`) already uses that lookup key. Pass \`transfer_lookup_key\` to move the lookup key to the new price.`,
          'lookup_key',
        )
      }
      if (holder) holder.lookup_key = null
    }
    const price: StripeObject = {
      id: stripeId('price'),
      object: 'price',
      created: now(),
      active: boolean(params, 'active') ?? true,
      currency,
      unit_amount: unitAmount,
      unit_amount_decimal: String(unitAmount),
      product: productId,
      recurring,
      type: recurring ? 'recurring' : 'one_time',
      billing_scheme: 'per_unit',
      lookup_key: lookupKey,
      nickname: text(params, 'nickname') || null,
      metadata: mergeMetadata({}, params),
      tax_behavior: text(params, 'tax_behavior') ?? 'unspecified',
      livemode: false,
    }
    this.prices.set(price.id, price)
    return price
  }

  retrievePrice(id: string): StripeObject {
    const price = this.prices.get(id)
    if (!price) throw noSuch('price', id)
    return price
  }

  /** Prices are immutable: only active, nickname, metadata and lookup_key change. */
  updatePrice(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['active', 'nickname', 'metadata', 'lookup_key', 'transfer_lookup_key'])
    const price = this.retrievePrice(id)
    price.active = boolean(params, 'active') ?? price.active
    const nickname = text(params, 'nickname')
    if (nickname !== undefined) price.nickname = nickname || null
    const lookupKey = text(params, 'lookup_key')
    if (lookupKey !== undefined) {
      const holder = [...this.prices.values()].find((other) => other.id !== id && lookupKey !== '' && other.lookup_key === lookupKey)
      if (holder && boolean(params, 'transfer_lookup_key') !== true) {
        throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, 'lookup_key')
      }
      if (holder) holder.lookup_key = null
      price.lookup_key = lookupKey || null
    }
    price.metadata = mergeMetadata(price.metadata, params)
    return price
  }

  listPrices(params: FormObject): object {
    onlyParams(params, ['lookup_keys', 'product', 'active', 'type', 'currency', 'limit', 'starting_after', 'ending_before'])
    const lookupKeys = stringList(params, 'lookup_keys')
    const product = text(params, 'product')
    const active = boolean(params, 'active')
    const prices = [...this.prices.values()].filter(
      (price) =>
        (!lookupKeys || lookupKeys.includes(price.lookup_key)) &&
        (!product || price.product === product) &&
        (active === undefined || price.active === active),
    )
    return list('/v1/prices', prices.reverse(), integer(params, 'limit') ?? 10)
  }

  // Payment methods

  /** A stored payment method, or a new one made from one of Stripe's test payment method ids. */
  private paymentMethodFor(id: string, param: string): StripeObject {
    const stored = this.paymentMethods.get(id)
    if (stored) return stored
    const test = TEST_PAYMENT_METHODS[id]
    if (!test) throw noSuch('PaymentMethod', id, param)
    const paymentMethod = this.cardPaymentMethod(stripeId('pm'), test)
    this.paymentMethods.set(paymentMethod.id, paymentMethod)
    this.outcomes.set(paymentMethod.id, test.outcome)
    return paymentMethod
  }

  private cardPaymentMethod(id: string, card: { brand: string; last4: string }): StripeObject {
    return {
      id,
      object: 'payment_method',
      type: 'card',
      created: now(),
      customer: null,
      livemode: false,
      metadata: {},
      allow_redisplay: 'unspecified',
      billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null, phone: null },
      card: {
        brand: card.brand,
        display_brand: card.brand,
        last4: card.last4,
        exp_month: 12,
        exp_year: new Date().getUTCFullYear() + 3,
        funding: 'credit',
        country: 'US',
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
    }
  }

  retrievePaymentMethod(id: string): StripeObject {
    const stored = this.paymentMethods.get(id)
    if (stored) return stored
    const test = TEST_PAYMENT_METHODS[id]
    if (test) return this.cardPaymentMethod(id, test)
    throw noSuch('PaymentMethod', id)
  }

  attachPaymentMethod(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['customer'])
    const customerId = requiredText(params, 'customer')
    this.liveCustomer(customerId, 'customer')
    const paymentMethod = this.paymentMethodFor(id, 'id')
    if (this.outcomes.get(paymentMethod.id) === 'declined') throw cardDeclined({ payment_method: paymentMethod })
    if (paymentMethod.customer && paymentMethod.customer !== customerId) {
      throw invalidRequest('The payment method you provided has already been attached to a customer.', undefined, 'payment_method_unexpected_state')
    }
    paymentMethod.customer = customerId
    return paymentMethod
  }

  detachPaymentMethod(id: string): StripeObject {
    const paymentMethod = this.paymentMethods.get(id)
    if (!paymentMethod) throw noSuch('PaymentMethod', id)
    if (!paymentMethod.customer) throw invalidRequest('The payment method you provided is not attached to a customer so detachment is impossible.', undefined, 'payment_method_unexpected_state')
    paymentMethod.customer = null
    return paymentMethod
  }

  listPaymentMethods(params: FormObject, customerId?: string): object {
    const customer = customerId ?? text(params, 'customer')
    if (customer) this.liveCustomer(customer, 'customer')
    const type = text(params, 'type')
    const methods = [...this.paymentMethods.values()].filter((method) => method.customer && method.customer === customer && (!type || method.type === type))
    return list(customerId ? `/v1/customers/${customerId}/payment_methods` : '/v1/payment_methods', methods.reverse(), integer(params, 'limit') ?? 10)
  }

  // Setup intents

  createSetupIntent(params: FormObject): StripeObject {
    if (params.payment_method_types !== undefined) {
      throw invalidRequest(
        `Received unknown parameter: payment_method_types. Since API version 2026-10-28.endive a SetupIntent takes allowed_payment_method_types instead.`,
        'payment_method_types',
        'parameter_unknown',
      )
    }
    onlyParams(params, ['customer', 'usage', 'allowed_payment_method_types', 'excluded_payment_method_types', 'payment_method', 'confirm', 'metadata', 'description', 'automatic_payment_methods', 'return_url'])
    const allowedTypes = stringList(params, 'allowed_payment_method_types') ?? null
    const customer = text(params, 'customer') || null
    if (customer) this.liveCustomer(customer, 'customer')
    const usage = text(params, 'usage') ?? 'off_session'
    if (usage !== 'off_session' && usage !== 'on_session') throw invalidRequest(`Invalid usage: must be one of on_session or off_session`, 'usage')
    const id = stripeId('seti')
    const setupIntent: StripeObject = {
      id,
      object: 'setup_intent',
      created: now(),
      client_secret: `${id}_secret_${stripeId('x').slice(3)}`,
      customer,
      usage,
      status: 'requires_payment_method',
      payment_method: null,
      allowed_payment_method_types: allowedTypes,
      payment_method_types: allowedTypes ?? ['card'],
      last_setup_error: null,
      next_action: null,
      cancellation_reason: null,
      description: text(params, 'description') || null,
      metadata: mergeMetadata({}, params),
      latest_attempt: null,
      livemode: false,
    }
    this.setupIntents.set(id, setupIntent)
    const paymentMethod = text(params, 'payment_method')
    if (paymentMethod) {
      setupIntent.payment_method = this.paymentMethodFor(paymentMethod, 'payment_method').id
      setupIntent.status = 'requires_confirmation'
    }
    if (boolean(params, 'confirm')) return this.confirmSetupIntent(id, {})
    return setupIntent
  }

  retrieveSetupIntent(id: string): StripeObject {
    const setupIntent = this.setupIntents.get(id)
    if (!setupIntent) throw noSuch('setupintent', id)
    return setupIntent
  }

  confirmSetupIntent(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['payment_method', 'client_secret', 'return_url', 'mandate_data', 'use_stripe_sdk'])
    const setupIntent = this.retrieveSetupIntent(id)
    if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(setupIntent.status)) {
      throw new StripeFakeError(400, 'invalid_request_error', `You cannot confirm this SetupIntent because it has a status of ${setupIntent.status}.`, {
        code: 'setup_intent_unexpected_state',
        setup_intent: setupIntent,
      })
    }
    const paymentMethodId = text(params, 'payment_method')
    const paymentMethod = paymentMethodId
      ? this.paymentMethodFor(paymentMethodId, 'payment_method')
      : setupIntent.payment_method
        ? this.paymentMethods.get(setupIntent.payment_method)
        : undefined
    if (!paymentMethod) {
      throw invalidRequest(
        "You cannot confirm this SetupIntent because it's missing a payment method. Update the SetupIntent with a payment method and then confirm it again.",
        'payment_method',
        'setup_intent_unexpected_state',
      )
    }
    const outcome = this.outcomes.get(paymentMethod.id) ?? 'succeeded'
    if (outcome === 'declined') {
      const error = cardDeclined({ payment_method: paymentMethod })
      Object.assign(setupIntent, {
        status: 'requires_payment_method',
        payment_method: null,
        next_action: null,
        last_setup_error: { ...error.body().error, payment_method: paymentMethod },
      })
      this.emitEvent('setup_intent.setup_failed', setupIntent)
      error.extra.setup_intent = setupIntent
      throw error
    }
    setupIntent.payment_method = paymentMethod.id
    setupIntent.last_setup_error = null
    if (outcome === 'authentication_required') {
      setupIntent.status = 'requires_action'
      setupIntent.next_action = { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'stripe_3ds2_fingerprint', source: `src_${id}` } }
      this.emitEvent('setup_intent.requires_action', setupIntent)
      return setupIntent
    }
    return this.succeedSetupIntent(setupIntent, paymentMethod)
  }

  /** The stand-in's version of the 3D Secure challenge that Stripe.js shows for a card needing authentication. */
  authenticateSetupIntent(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['client_secret', 'outcome'])
    const setupIntent = this.retrieveSetupIntent(id)
    if (setupIntent.status !== 'requires_action') {
      throw invalidRequest(`This SetupIntent has a status of ${setupIntent.status}; it needs no authentication.`, undefined, 'setup_intent_unexpected_state')
    }
    const paymentMethod = this.paymentMethods.get(setupIntent.payment_method) as StripeObject
    if (text(params, 'outcome') === 'complete') return this.succeedSetupIntent(setupIntent, paymentMethod)
    Object.assign(setupIntent, {
      status: 'requires_payment_method',
      payment_method: null,
      next_action: null,
      last_setup_error: { type: 'invalid_request_error', code: 'setup_intent_authentication_failure', message: AUTHENTICATION_FAILURE, payment_method: paymentMethod },
    })
    this.emitEvent('setup_intent.setup_failed', setupIntent)
    return setupIntent
  }

  private succeedSetupIntent(setupIntent: StripeObject, paymentMethod: StripeObject): StripeObject {
    if (setupIntent.customer) paymentMethod.customer = setupIntent.customer
    Object.assign(setupIntent, { status: 'succeeded', payment_method: paymentMethod.id, next_action: null, last_setup_error: null })
    this.emitEvent('setup_intent.succeeded', setupIntent)
    return setupIntent
  }

  cancelSetupIntent(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['cancellation_reason'])
    const setupIntent = this.retrieveSetupIntent(id)
    if (setupIntent.status === 'succeeded' || setupIntent.status === 'canceled') {
      throw invalidRequest(`You cannot cancel this SetupIntent because it has a status of ${setupIntent.status}.`, undefined, 'setup_intent_unexpected_state')
    }
    Object.assign(setupIntent, { status: 'canceled', cancellation_reason: text(params, 'cancellation_reason') ?? 'requested_by_customer' })
    this.emitEvent('setup_intent.canceled', setupIntent)
    return setupIntent
  }

  // Subscriptions

  createSubscription(params: FormObject): StripeObject {
    onlyParams(params, [
      'customer', 'items', 'trial_period_days', 'trial_end', 'default_payment_method', 'metadata', 'payment_behavior',
      'cancel_at_period_end', 'proration_behavior', 'collection_method', 'description', 'off_session', 'payment_settings', 'trial_settings',
    ])
    const customer = this.liveCustomer(requiredText(params, 'customer'), 'customer')
    const created = now()
    const trialEnd = this.trialEnd(params, created)
    const subscriptionId = stripeId('sub')
    const items = this.subscriptionItems(params, subscriptionId, created, trialEnd)
    const defaultPaymentMethod = text(params, 'default_payment_method') || null
    if (defaultPaymentMethod) this.customersPaymentMethod(customer.id, defaultPaymentMethod, 'default_payment_method')
    const canPay = Boolean(defaultPaymentMethod ?? customer.invoice_settings.default_payment_method)
    const paymentBehavior = text(params, 'payment_behavior') ?? 'allow_incomplete'
    let status = trialEnd ? 'trialing' : 'active'
    if (!trialEnd && !canPay) {
      if (paymentBehavior !== 'default_incomplete') {
        throw invalidRequest(
          'This customer has no attached payment source or default payment method. Please consider adding a default payment method.',
          undefined,
          'resource_missing',
        )
      }
      status = 'incomplete'
    }
    const subscription: StripeObject = {
      id: subscriptionId,
      object: 'subscription',
      created,
      start_date: created,
      billing_cycle_anchor: trialEnd ?? created,
      customer: customer.id,
      status,
      items: { object: 'list', data: items, has_more: false, url: `/v1/subscription_items?subscription=${subscriptionId}` },
      currency: items[0].price.currency,
      trial_start: trialEnd ? created : null,
      trial_end: trialEnd,
      cancel_at_period_end: boolean(params, 'cancel_at_period_end') ?? false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      collection_method: text(params, 'collection_method') ?? 'charge_automatically',
      default_payment_method: defaultPaymentMethod,
      description: text(params, 'description') || null,
      latest_invoice: null,
      metadata: mergeMetadata({}, params),
      pending_update: null,
      schedule: null,
      livemode: false,
    }
    this.subscriptions.set(subscriptionId, subscription)
    this.emitEvent('customer.subscription.created', subscription)
    return subscription
  }

  private trialEnd(params: FormObject, start: number): number | null {
    const days = integer(params, 'trial_period_days')
    const end = text(params, 'trial_end')
    if (days !== undefined && end !== undefined && end !== '') {
      throw invalidRequest('You may only specify one of these parameters: trial_end, trial_period_days.', 'trial_end')
    }
    if (days !== undefined) {
      if (days < 0 || days > 730) throw invalidRequest('trial_period_days must be between 0 and 730.', 'trial_period_days')
      return days === 0 ? null : start + days * DAY
    }
    if (end === undefined || end === '' || end === 'now') return null
    const at = integer(params, 'trial_end') as number
    if (at <= start) throw invalidRequest('Invalid timestamp: must be an integer Unix timestamp in the future.', 'trial_end')
    return at
  }

  private subscriptionItems(params: FormObject, subscriptionId: string, start: number, trialEnd: number | null): StripeObject[] {
    const items = params.items
    if (items === undefined || items === '') throw invalidRequest('Missing required param: items.', 'items', 'parameter_missing')
    if (!Array.isArray(items) || items.length === 0) throw invalidRequest('Invalid array: items must be an array of hashes.', 'items')
    return items.map((item, index) => {
      if (typeof item !== 'object' || Array.isArray(item)) throw invalidRequest('Invalid hash', `items[${index}]`)
      onlyParams(item, ['price', 'quantity', 'metadata'])
      const priceId = text(item, 'price')
      if (!priceId) throw invalidRequest(`Missing required param: items[${index}][price].`, `items[${index}][price]`, 'parameter_missing')
      const price = this.prices.get(priceId)
      if (!price) throw noSuch('price', priceId, `items[${index}][price]`)
      if (!price.recurring) throw invalidRequest(`The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`, `items[${index}][price]`)
      if (!price.active) throw invalidRequest(`The price specified is inactive. This field only accepts active prices.`, `items[${index}][price]`)
      return this.subscriptionItem(subscriptionId, price, integer(item, 'quantity', `items[${index}][quantity]`) ?? 1, start, trialEnd)
    })
  }

  private subscriptionItem(subscriptionId: string, price: StripeObject, quantity: number, start: number, trialEnd: number | null): StripeObject {
    return {
      id: stripeId('si'),
      object: 'subscription_item',
      created: start,
      subscription: subscriptionId,
      price: { ...price },
      quantity,
      metadata: {},
      current_period_start: start,
      current_period_end: trialEnd ?? periodEnd(start, price.recurring),
    }
  }

  private customersPaymentMethod(customerId: string, paymentMethodId: string, param: string): void {
    const paymentMethod = this.paymentMethods.get(paymentMethodId)
    if (!paymentMethod) throw noSuch('PaymentMethod', paymentMethodId, param)
    if (paymentMethod.customer !== customerId) {
      throw invalidRequest(
        `The customer does not have a payment method with the ID ${paymentMethodId}. The payment method must be attached to the customer.`,
        param,
        'resource_missing',
      )
    }
  }

  retrieveSubscription(id: string): StripeObject {
    const subscription = this.subscriptions.get(id)
    if (!subscription) throw noSuch('subscription', id)
    return subscription
  }

  updateSubscription(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['metadata', 'default_payment_method', 'cancel_at_period_end', 'trial_end', 'items', 'proration_behavior', 'payment_behavior', 'description'])
    const subscription = this.retrieveSubscription(id)
    if (subscription.status === 'canceled') {
      throw invalidRequest(`A canceled subscription can only update its cancellation_details and metadata.`, undefined, 'resource_missing')
    }
    const before = structuredClone(subscription)
    subscription.metadata = mergeMetadata(subscription.metadata, params)
    const paymentMethod = text(params, 'default_payment_method')
    if (paymentMethod) this.customersPaymentMethod(subscription.customer, paymentMethod, 'default_payment_method')
    if (paymentMethod !== undefined) subscription.default_payment_method = paymentMethod || null
    const cancelAtPeriodEnd = boolean(params, 'cancel_at_period_end')
    if (cancelAtPeriodEnd !== undefined) {
      subscription.cancel_at_period_end = cancelAtPeriodEnd
      subscription.cancel_at = cancelAtPeriodEnd ? subscription.items.data[0].current_period_end : null
    }
    if (text(params, 'trial_end') === 'now' && subscription.status === 'trialing') {
      const at = now()
      subscription.trial_end = at
      subscription.status = 'active'
      for (const item of subscription.items.data) Object.assign(item, { current_period_start: at, current_period_end: periodEnd(at, item.price.recurring) })
    }
    const items = params.items
    if (Array.isArray(items)) this.replaceItems(subscription, items as FormObject[])
    this.emitEvent('customer.subscription.updated', subscription, previousAttributes(before, subscription))
    return subscription
  }

  private replaceItems(subscription: StripeObject, items: FormObject[]): void {
    items.forEach((item, index) => {
      onlyParams(item, ['id', 'price', 'quantity', 'deleted'])
      const itemId = text(item, 'id')
      const existing = itemId ? subscription.items.data.find((candidate: StripeObject) => candidate.id === itemId) : undefined
      if (itemId && !existing) throw noSuch('subscription item', itemId, `items[${index}][id]`)
      if (existing && boolean(item, 'deleted')) {
        subscription.items.data = subscription.items.data.filter((candidate: StripeObject) => candidate !== existing)
        return
      }
      const priceId = text(item, 'price')
      const price = priceId ? this.prices.get(priceId) : existing?.price
      if (!price) throw noSuch('price', priceId ?? '', `items[${index}][price]`)
      const quantity = integer(item, 'quantity', `items[${index}][quantity]`)
      if (existing) Object.assign(existing, { price: { ...price }, quantity: quantity ?? existing.quantity })
      else {
        const first = subscription.items.data[0]
        subscription.items.data.push({
          ...this.subscriptionItem(subscription.id, price, quantity ?? 1, first.current_period_start, null),
          current_period_end: first.current_period_end,
        })
      }
    })
  }

  cancelSubscription(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['invoice_now', 'prorate', 'cancellation_details'])
    const subscription = this.retrieveSubscription(id)
    if (subscription.status === 'canceled') throw invalidRequest(`No such subscription: '${id}'`, 'id', 'resource_missing')
    const at = now()
    Object.assign(subscription, { status: 'canceled', canceled_at: at, ended_at: at, cancel_at_period_end: false })
    this.emitEvent('customer.subscription.deleted', subscription)
    return subscription
  }

  listSubscriptions(params: FormObject): object {
    onlyParams(params, ['customer', 'status', 'price', 'limit', 'starting_after', 'ending_before'])
    const customer = text(params, 'customer')
    const status = text(params, 'status')
    const price = text(params, 'price')
    const subscriptions = [...this.subscriptions.values()].filter(
      (subscription) =>
        (!customer || subscription.customer === customer) &&
        (status === 'all' || (status ? subscription.status === status : subscription.status !== 'canceled')) &&
        (!price || subscription.items.data.some((item: StripeObject) => item.price.id === price)),
    )
    return list('/v1/subscriptions', subscriptions.reverse(), integer(params, 'limit') ?? 10)
  }

  retrieveEvent(id: string): StripeObject {
    const event = this.events.get(id)
    if (!event) throw noSuch('event', id)
    return event
  }
}

function periodEnd(start: number, recurring: { interval: string; interval_count: number }): number {
  const date = new Date(start * 1000)
  const count = recurring.interval_count
  if (recurring.interval === 'day') date.setUTCDate(date.getUTCDate() + count)
  if (recurring.interval === 'week') date.setUTCDate(date.getUTCDate() + 7 * count)
  if (recurring.interval === 'month') date.setUTCMonth(date.getUTCMonth() + count)
  if (recurring.interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + count)
  return Math.floor(date.getTime() / 1000)
}

function previousAttributes(before: StripeObject, after: StripeObject): Record<string, unknown> {
  return Object.fromEntries(Object.keys(before).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map((key) => [key, before[key]]))
}

function cardDeclined(extra: Record<string, unknown>): StripeFakeError {
  return new StripeFakeError(402, 'card_error', 'Your card was declined.', { code: 'card_declined', decline_code: 'generic_decline', ...extra })
}

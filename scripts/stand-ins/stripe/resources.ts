import { createHash, randomBytes } from 'node:crypto'

import { invalidRequest, noSuch, StripeStandInError } from './errors'
import type { FormObject } from './formBody'
import { type BilledItem, cycleLines, invoiceObject, periodEnd, prorationLines, trialLines } from './invoicing'
import { boolean, integer, mergeMetadata, object, onlyParams, requiredText, stringList, text } from './params'
import {
  CUSTOMER_DEFAULTS,
  PAYMENT_METHOD_DEFAULTS,
  PRICE_DEFAULTS,
  PRODUCT_DEFAULTS,
  SETUP_INTENT_DEFAULTS,
  SUBSCRIPTION_DEFAULTS,
  SUBSCRIPTION_ITEM_DEFAULTS,
} from './stripeDefaults'

/**
 * The stand-in's objects and what each call does to them, in Stripe's shapes (API version 2026-10-28.endive) for the
 * fields the app reads. State lives in memory, per server.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Stripe's JSON objects, built and read field by field
export type StripeObject = { id: string; object: string; [field: string]: any }
export type EventSink = (type: string, object: StripeObject, previousAttributes?: Record<string, unknown>) => void

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const stripeId = (prefix: string): string =>
  `${prefix}_1${[...randomBytes(23)].map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('')}`

const DAY = 86_400
/** Stripe's default retry schedule, simplified: the first attempt and 3 retries, 3 days apart. */
const MAX_PAYMENT_ATTEMPTS = 4

/** `charge_fails`: saving the card works, charging it later is declined (Stripe's pm_card_chargeCustomerFail). */
type CardOutcome = 'succeeded' | 'declined' | 'authentication_required' | 'charge_fails'

type TestCard = { brand: string; number: string; outcome: CardOutcome }

/** Stripe's test payment methods and the test card number behind each: using one creates a new card payment method. */
export const TEST_PAYMENT_METHODS: Record<string, TestCard> = {
  pm_card_visa: { brand: 'visa', number: '4242424242424242', outcome: 'succeeded' },
  pm_card_visa_debit: { brand: 'visa', number: '4000056655665556', outcome: 'succeeded' },
  pm_card_mastercard: { brand: 'mastercard', number: '5555555555554444', outcome: 'succeeded' },
  pm_card_mastercard_debit: { brand: 'mastercard', number: '5200828282828210', outcome: 'succeeded' },
  pm_card_mastercard_prepaid: { brand: 'mastercard', number: '5105105105105100', outcome: 'succeeded' },
  pm_card_amex: { brand: 'amex', number: '378282246310005', outcome: 'succeeded' },
  pm_card_discover: { brand: 'discover', number: '6011111111111117', outcome: 'succeeded' },
  pm_card_diners: { brand: 'diners', number: '3056930009020004', outcome: 'succeeded' },
  pm_card_jcb: { brand: 'jcb', number: '3566002020360505', outcome: 'succeeded' },
  pm_card_unionpay: { brand: 'unionpay', number: '6200000000000005', outcome: 'succeeded' },
  pm_card_chargeDeclined: { brand: 'visa', number: '4000000000000002', outcome: 'declined' },
  pm_card_authenticationRequired: { brand: 'visa', number: '4000002760003184', outcome: 'authentication_required' },
  pm_card_chargeCustomerFail: { brand: 'visa', number: '4000000000000341', outcome: 'charge_fails' },
}

/**
 * Stripe's `card.fingerprint`: 16 characters that identify the card number within one Stripe account, the same for
 * every payment method made from that number, whatever the customer. Here a hash of the number (one account).
 */
export const cardFingerprint = (number: string): string =>
  [...createHash('sha256').update(`stand-in-card:${number}`).digest()]
    .slice(0, 16)
    .map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length])
    .join('')

const AUTHENTICATION_FAILURE =
  'We are unable to authenticate your payment method. Please choose a different payment method and try again.'

/**
 * One page of a list, as Stripe pages: `limit` objects after `starting_after` (or before `ending_before`), and
 * `has_more` when more follow in that direction. A cursor naming no object of the list is Stripe's 400.
 */
const list = (url: string, data: StripeObject[], limit = 10, cursor: { after?: string; before?: string } = {}) => {
  const at = (id: string, param: string) => {
    const index = data.findIndex((object) => object.id === id)
    if (index < 0) throw invalidRequest(`Invalid ${param}: no such object ${id} in this list.`, param)
    return index
  }
  if (cursor.before) {
    const end = at(cursor.before, 'ending_before')
    const start = Math.max(0, end - limit)
    return { object: 'list', data: data.slice(start, end), has_more: start > 0, url }
  }
  const start = cursor.after ? at(cursor.after, 'starting_after') + 1 : 0
  return { object: 'list', data: data.slice(start, start + limit), has_more: data.length > start + limit, url }
}

export class StripeStandInState {
  readonly customers = new Map<string, StripeObject>()
  readonly products = new Map<string, StripeObject>()
  readonly prices = new Map<string, StripeObject>()
  readonly paymentMethods = new Map<string, StripeObject>()
  readonly setupIntents = new Map<string, StripeObject>()
  readonly subscriptions = new Map<string, StripeObject>()
  readonly events = new Map<string, StripeObject>()
  readonly invoices = new Map<string, StripeObject>()
  readonly schedules = new Map<string, StripeObject>()
  private readonly outcomes = new Map<string, CardOutcome>()
  /** Proration lines waiting for a subscription's next invoice (proration_behavior=create_prorations). */
  private readonly pendingProrations = new Map<string, StripeObject[]>()
  private readonly trialWillEndSent = new Set<string>()
  /** Seconds the stand-in's clock runs ahead of `clock` (advanceTime moves it). */
  private offset = 0
  /** Where hosted invoice pages and PDFs are served (the server sets it once it listens). */
  baseUrl = ''

  constructor(
    private readonly emitEvent: EventSink,
    private readonly clock: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** The stand-in's time, in Unix seconds: the injected clock plus what advanceTime added. */
  now(): number {
    return this.clock() + this.offset
  }

  /** Any stored object by id (for `expand`), or undefined. */
  find(id: string): StripeObject | undefined {
    for (const map of [
      this.customers,
      this.products,
      this.prices,
      this.paymentMethods,
      this.setupIntents,
      this.subscriptions,
      this.events,
      this.invoices,
      this.schedules,
    ]) {
      const found = map.get(id)
      if (found) return found
    }
    return undefined
  }

  // Customers

  createCustomer(params: FormObject): StripeObject {
    onlyParams(params, [
      'email',
      'name',
      'description',
      'phone',
      'metadata',
      'preferred_locales',
      'invoice_settings',
      'payment_method',
    ])
    const customer: StripeObject = {
      ...CUSTOMER_DEFAULTS,
      id: stripeId('cus'),
      object: 'customer',
      created: this.now(),
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
      if (subscription.customer === id && subscription.status !== 'canceled')
        this.cancelSubscription(subscription.id, {})
    }
    return { id, object: 'customer', deleted: true }
  }

  // Products and prices

  createProduct(params: FormObject): StripeObject {
    onlyParams(params, [
      'id',
      'name',
      'description',
      'active',
      'metadata',
      'tax_code',
      'statement_descriptor',
      'unit_label',
    ])
    const id = text(params, 'id') || stripeId('prod')
    if (this.products.has(id)) throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists')
    const product: StripeObject = {
      ...PRODUCT_DEFAULTS,
      id,
      object: 'product',
      created: this.now(),
      updated: this.now(),
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
    product.updated = this.now()
    return product
  }

  listProducts(params: FormObject): object {
    const active = boolean(params, 'active')
    const products = [...this.products.values()].filter((product) => active === undefined || product.active === active)
    return list('/v1/products', products.reverse(), integer(params, 'limit') ?? 10)
  }

  createPrice(params: FormObject): StripeObject {
    onlyParams(params, [
      'currency',
      'unit_amount',
      'product',
      'product_data',
      'recurring',
      'lookup_key',
      'transfer_lookup_key',
      'nickname',
      'metadata',
      'active',
      'tax_behavior',
    ])
    const currency = requiredText(params, 'currency').toLowerCase()
    const unitAmount = integer(params, 'unit_amount')
    if (unitAmount === undefined)
      throw invalidRequest('Missing required param: unit_amount.', 'unit_amount', 'parameter_missing')
    if (unitAmount < 0) throw invalidRequest('This value must be greater than or equal to 0.', 'unit_amount')
    let productId = text(params, 'product')
    const productData = object(params, 'product_data')
    if (productId && productData)
      throw invalidRequest('You may only specify one of these parameters: product, product_data.', 'product')
    if (productData) productId = this.createProduct(productData).id
    if (!productId) throw invalidRequest('Missing required param: product.', 'product', 'parameter_missing')
    if (!this.products.has(productId)) throw noSuch('product', productId, 'product')
    const recurringParams = object(params, 'recurring')
    let recurring: Record<string, unknown> | null = null
    if (recurringParams) {
      onlyParams(recurringParams, ['interval', 'interval_count', 'usage_type'])
      const interval = requiredText(recurringParams, 'interval')
      if (!['day', 'week', 'month', 'year'].includes(interval)) {
        throw invalidRequest(
          `Invalid recurring[interval]: must be one of day, week, month, or year`,
          'recurring[interval]',
        )
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
      ...PRICE_DEFAULTS,
      id: stripeId('price'),
      object: 'price',
      created: this.now(),
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
      const holder = [...this.prices.values()].find(
        (other) => other.id !== id && lookupKey !== '' && other.lookup_key === lookupKey,
      )
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
    onlyParams(params, [
      'lookup_keys',
      'product',
      'active',
      'type',
      'currency',
      'limit',
      'starting_after',
      'ending_before',
    ])
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

  private cardPaymentMethod(id: string, card: TestCard): StripeObject {
    return {
      ...PAYMENT_METHOD_DEFAULTS,
      id,
      object: 'payment_method',
      type: 'card',
      created: this.now(),
      customer: null,
      livemode: false,
      metadata: {},
      allow_redisplay: 'unspecified',
      billing_details: {
        address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
        email: null,
        name: null,
        phone: null,
      },
      card: {
        brand: card.brand,
        display_brand: card.brand,
        last4: card.number.slice(-4),
        fingerprint: cardFingerprint(card.number),
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
      throw invalidRequest(
        'The payment method you provided has already been attached to a customer.',
        undefined,
        'payment_method_unexpected_state',
      )
    }
    paymentMethod.customer = customerId
    return paymentMethod
  }

  detachPaymentMethod(id: string): StripeObject {
    const paymentMethod = this.paymentMethods.get(id)
    if (!paymentMethod) throw noSuch('PaymentMethod', id)
    if (!paymentMethod.customer)
      throw invalidRequest(
        'The payment method you provided is not attached to a customer so detachment is impossible.',
        undefined,
        'payment_method_unexpected_state',
      )
    paymentMethod.customer = null
    return paymentMethod
  }

  listPaymentMethods(params: FormObject, customerId?: string): object {
    const customer = customerId ?? text(params, 'customer')
    if (customer) this.liveCustomer(customer, 'customer')
    const type = text(params, 'type')
    const methods = [...this.paymentMethods.values()].filter(
      (method) => method.customer && method.customer === customer && (!type || method.type === type),
    )
    return list(
      customerId ? `/v1/customers/${customerId}/payment_methods` : '/v1/payment_methods',
      methods.reverse(),
      integer(params, 'limit') ?? 10,
    )
  }

  // Setup intents

  createSetupIntent(params: FormObject): StripeObject {
    onlyParams(params, [
      'customer',
      'usage',
      'allowed_payment_method_types',
      'excluded_payment_method_types',
      'payment_method',
      'confirm',
      'metadata',
      'description',
      'automatic_payment_methods',
      'return_url',
    ])
    const allowedTypes = stringList(params, 'allowed_payment_method_types') ?? null
    const customer = text(params, 'customer') || null
    if (customer) this.liveCustomer(customer, 'customer')
    const usage = text(params, 'usage') ?? 'off_session'
    if (usage !== 'off_session' && usage !== 'on_session')
      throw invalidRequest(`Invalid usage: must be one of on_session or off_session`, 'usage')
    const id = stripeId('seti')
    const setupIntent: StripeObject = {
      ...SETUP_INTENT_DEFAULTS,
      id,
      object: 'setup_intent',
      created: this.now(),
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
      throw new StripeStandInError(
        400,
        'invalid_request_error',
        `You cannot confirm this SetupIntent because it has a status of ${setupIntent.status}.`,
        {
          code: 'setup_intent_unexpected_state',
          setup_intent: setupIntent,
        },
      )
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
      setupIntent.next_action = {
        type: 'use_stripe_sdk',
        use_stripe_sdk: { type: 'stripe_3ds2_fingerprint', source: `src_${id}` },
      }
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
      throw invalidRequest(
        `This SetupIntent has a status of ${setupIntent.status}; it needs no authentication.`,
        undefined,
        'setup_intent_unexpected_state',
      )
    }
    const paymentMethod = this.paymentMethods.get(setupIntent.payment_method) as StripeObject
    if (text(params, 'outcome') === 'complete') return this.succeedSetupIntent(setupIntent, paymentMethod)
    Object.assign(setupIntent, {
      status: 'requires_payment_method',
      payment_method: null,
      next_action: null,
      last_setup_error: {
        type: 'invalid_request_error',
        code: 'setup_intent_authentication_failure',
        message: AUTHENTICATION_FAILURE,
        payment_method: paymentMethod,
      },
    })
    this.emitEvent('setup_intent.setup_failed', setupIntent)
    return setupIntent
  }

  private succeedSetupIntent(setupIntent: StripeObject, paymentMethod: StripeObject): StripeObject {
    if (setupIntent.customer) paymentMethod.customer = setupIntent.customer
    Object.assign(setupIntent, {
      status: 'succeeded',
      payment_method: paymentMethod.id,
      next_action: null,
      last_setup_error: null,
    })
    this.emitEvent('setup_intent.succeeded', setupIntent)
    return setupIntent
  }

  cancelSetupIntent(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['cancellation_reason'])
    const setupIntent = this.retrieveSetupIntent(id)
    if (setupIntent.status === 'succeeded' || setupIntent.status === 'canceled') {
      throw invalidRequest(
        `You cannot cancel this SetupIntent because it has a status of ${setupIntent.status}.`,
        undefined,
        'setup_intent_unexpected_state',
      )
    }
    Object.assign(setupIntent, {
      status: 'canceled',
      cancellation_reason: text(params, 'cancellation_reason') ?? 'requested_by_customer',
    })
    this.emitEvent('setup_intent.canceled', setupIntent)
    return setupIntent
  }

  // Subscriptions

  createSubscription(params: FormObject): StripeObject {
    onlyParams(params, [
      'customer',
      'items',
      'trial_period_days',
      'trial_end',
      'default_payment_method',
      'metadata',
      'payment_behavior',
      'cancel_at_period_end',
      'proration_behavior',
      'collection_method',
      'description',
      'off_session',
      'payment_settings',
      'trial_settings',
    ])
    const customer = this.liveCustomer(requiredText(params, 'customer'), 'customer')
    const created = this.now()
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
    const firstCharge = items.reduce((sum, item) => sum + (item.price.unit_amount ?? 0) * item.quantity, 0)
    if (
      status === 'active' &&
      firstCharge > 0 &&
      paymentBehavior === 'error_if_incomplete' &&
      this.chargeOutcome({
        id: subscriptionId,
        object: 'subscription',
        customer: customer.id,
        default_payment_method: defaultPaymentMethod,
      }) !== 'succeeded'
    ) {
      // Stripe refuses the creation when the first invoice cannot be paid: no subscription, no invoice.
      throw cardDeclined({})
    }
    const subscription: StripeObject = {
      ...structuredClone(SUBSCRIPTION_DEFAULTS),
      id: subscriptionId,
      object: 'subscription',
      created,
      start_date: created,
      billing_cycle_anchor: trialEnd ?? created,
      customer: customer.id,
      status,
      items: {
        object: 'list',
        data: items,
        has_more: false,
        url: `/v1/subscription_items?subscription=${subscriptionId}`,
      },
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
    const billed = items.map((item) => ({ id: item.id, price: item.price, quantity: item.quantity }))
    // A trial starts, as at Stripe, with a €0 invoice that is paid at once (its events included).
    if (status === 'trialing')
      this.issueInvoice(
        subscription,
        trialLines(subscriptionId, billed, created, trialEnd!, this.nameOf, stripeId),
        'subscription_create',
      )
    if (status === 'active')
      this.issueInvoice(
        subscription,
        cycleLines(subscriptionId, billed, created, this.nameOf, stripeId),
        'subscription_create',
      )
    return subscription
  }

  private trialEnd(params: FormObject, start: number): number | null {
    const days = integer(params, 'trial_period_days')
    const end = text(params, 'trial_end')
    if (days !== undefined && end !== undefined && end !== '') {
      throw invalidRequest('You may only specify one of these parameters: trial_end, trial_period_days.', 'trial_end')
    }
    if (days !== undefined) {
      if (days < 0 || days > 730)
        throw invalidRequest('trial_period_days must be between 0 and 730.', 'trial_period_days')
      return days === 0 ? null : start + days * DAY
    }
    if (end === undefined || end === '' || end === 'now') return null
    const at = integer(params, 'trial_end') as number
    if (at <= start)
      throw invalidRequest('Invalid timestamp: must be an integer Unix timestamp in the future.', 'trial_end')
    return at
  }

  private subscriptionItems(
    params: FormObject,
    subscriptionId: string,
    start: number,
    trialEnd: number | null,
  ): StripeObject[] {
    const items = params.items
    if (items === undefined || items === '')
      throw invalidRequest('Missing required param: items.', 'items', 'parameter_missing')
    if (!Array.isArray(items) || items.length === 0)
      throw invalidRequest('Invalid array: items must be an array of hashes.', 'items')
    return items.map((item, index) => {
      if (typeof item !== 'object' || Array.isArray(item)) throw invalidRequest('Invalid hash', `items[${index}]`)
      onlyParams(item, ['price', 'quantity', 'metadata'])
      const priceId = text(item, 'price')
      if (!priceId)
        throw invalidRequest(
          `Missing required param: items[${index}][price].`,
          `items[${index}][price]`,
          'parameter_missing',
        )
      const price = this.prices.get(priceId)
      if (!price) throw noSuch('price', priceId, `items[${index}][price]`)
      if (!price.recurring)
        throw invalidRequest(
          `The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`,
          `items[${index}][price]`,
        )
      if (!price.active)
        throw invalidRequest(
          `The price specified is inactive. This field only accepts active prices.`,
          `items[${index}][price]`,
        )
      return this.subscriptionItem(
        subscriptionId,
        price,
        integer(item, 'quantity', `items[${index}][quantity]`) ?? 1,
        start,
        trialEnd,
      )
    })
  }

  private subscriptionItem(
    subscriptionId: string,
    price: StripeObject,
    quantity: number,
    start: number,
    trialEnd: number | null,
  ): StripeObject {
    return {
      ...structuredClone(SUBSCRIPTION_ITEM_DEFAULTS),
      id: stripeId('si'),
      object: 'subscription_item',
      created: start,
      subscription: subscriptionId,
      price: { ...price },
      plan: planOf(price),
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
    onlyParams(params, [
      'metadata',
      'default_payment_method',
      'cancel_at_period_end',
      'trial_end',
      'items',
      'proration_behavior',
      'proration_date',
      'payment_behavior',
      'description',
    ])
    const subscription = this.retrieveSubscription(id)
    if (subscription.status === 'canceled') {
      throw invalidRequest(
        `A canceled subscription can only update its cancellation_details and metadata.`,
        undefined,
        'resource_missing',
      )
    }
    const before = structuredClone(subscription)
    const draft = structuredClone(subscription)
    draft.metadata = mergeMetadata(draft.metadata, params)
    const description = text(params, 'description')
    if (description !== undefined) draft.description = description || null
    const paymentMethod = text(params, 'default_payment_method')
    if (paymentMethod) this.customersPaymentMethod(draft.customer, paymentMethod, 'default_payment_method')
    if (paymentMethod !== undefined) draft.default_payment_method = paymentMethod || null
    const cancelAtPeriodEnd = boolean(params, 'cancel_at_period_end')
    if (cancelAtPeriodEnd !== undefined && subscription.schedule)
      throw invalidRequest(
        `The subscription is managed by the subscription schedule \`${subscription.schedule}\`, and updating any cancelation behavior directly is not allowed. Please update the schedule instead.`,
        'cancel_at_period_end',
      )
    if (cancelAtPeriodEnd !== undefined) {
      draft.cancel_at_period_end = cancelAtPeriodEnd
      draft.cancel_at = cancelAtPeriodEnd ? draft.items.data[0].current_period_end : null
    }
    const trialEnd = text(params, 'trial_end')
    if (trialEnd === 'now' && draft.status === 'trialing') {
      const at = this.now()
      draft.trial_end = at
      draft.status = 'active'
      for (const item of draft.items.data)
        Object.assign(item, { current_period_start: at, current_period_end: periodEnd(at, item.price.recurring) })
    } else if (trialEnd !== undefined && trialEnd !== 'now' && trialEnd !== '') {
      const at = integer(params, 'trial_end') as number
      if (at <= this.now())
        throw invalidRequest('Invalid timestamp: must be an integer Unix timestamp in the future.', 'trial_end')
      if (draft.status !== 'trialing')
        throw invalidRequest(
          'The subscription is not in a trial: trial_end can only be changed during a trial.',
          'trial_end',
        )
      draft.trial_end = at
      for (const item of draft.items.data) item.current_period_end = at
    }

    let invoiceLines: StripeObject[] = []
    const items = params.items
    if (items !== undefined && items !== '') {
      if (!Array.isArray(items)) throw invalidRequest('Invalid array: items must be an array of hashes.', 'items')
      const behavior = this.prorationBehavior(params)
      const at = integer(params, 'proration_date') ?? this.now()
      const change = this.itemChanges(draft, items as FormObject[])
      const effects = this.changeEffects(draft, change, behavior, at)
      this.applyItems(draft, change.next, effects.resetAnchor ? at : null)
      if (effects.pending.length > 0)
        this.pendingProrations.set(id, [...(this.pendingProrations.get(id) ?? []), ...effects.pending])
      invoiceLines = effects.immediate
    }
    const paymentBehavior = text(params, 'payment_behavior') ?? 'allow_incomplete'
    const charge = invoiceLines.reduce((sum, line) => sum + line.amount, 0)
    if (charge > 0 && paymentBehavior === 'error_if_incomplete' && this.chargeOutcome(draft) !== 'succeeded') {
      // Stripe refuses the whole update: nothing changes, no invoice stays behind.
      throw cardDeclined({})
    }
    this.subscriptions.set(id, draft)
    this.emitEvent('customer.subscription.updated', draft, previousAttributes(before, draft))
    if (invoiceLines.length > 0) this.issueInvoice(draft, invoiceLines, 'subscription_update')
    return this.subscriptions.get(id)!
  }

  private prorationBehavior(
    params: FormObject,
    param = 'proration_behavior',
  ): 'create_prorations' | 'always_invoice' | 'none' {
    const behavior = text(params, 'proration_behavior') ?? 'create_prorations'
    if (behavior !== 'create_prorations' && behavior !== 'always_invoice' && behavior !== 'none') {
      throw invalidRequest(`Invalid ${param}: must be one of always_invoice, create_prorations, or none`, param)
    }
    return behavior
  }

  private productName(price: StripeObject): string {
    return this.products.get(price.product)?.name ?? price.nickname ?? price.id
  }

  private readonly nameOf = (item: BilledItem) => this.productName(item.price)

  private recurringPrice(priceId: string | undefined, param: string): StripeObject {
    if (!priceId) throw invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing')
    const price = this.prices.get(priceId)
    if (!price) throw noSuch('price', priceId, param)
    if (!price.recurring)
      throw invalidRequest(
        `The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`,
        param,
      )
    if (!price.active)
      throw invalidRequest(`The price specified is inactive. This field only accepts active prices.`, param)
    return price
  }

  /** What `items[]` (add with `price`, replace with `id` + `price`, remove with `id` + `deleted`) does to a subscription's items. */
  private itemChanges(
    subscription: StripeObject,
    items: FormObject[],
    param = 'items',
  ): { current: BilledItem[]; next: BilledItem[]; removed: BilledItem[]; added: BilledItem[] } {
    const current: BilledItem[] = subscription.items.data.map((item: StripeObject) => ({
      id: item.id,
      price: item.price,
      quantity: item.quantity,
    }))
    let next = [...current]
    const removed: BilledItem[] = []
    const added: BilledItem[] = []
    items.forEach((item, index) => {
      if (typeof item !== 'object' || Array.isArray(item)) throw invalidRequest('Invalid hash', `${param}[${index}]`)
      onlyParams(item, ['id', 'price', 'quantity', 'deleted', 'metadata', 'clear_usage'])
      const itemId = text(item, 'id')
      const existing = itemId ? next.find((candidate) => candidate.id === itemId) : undefined
      if (itemId && !existing) throw noSuch('subscription item', itemId, `${param}[${index}][id]`)
      const quantity = integer(item, 'quantity', `${param}[${index}][quantity]`)
      if (existing && boolean(item, 'deleted')) {
        next = next.filter((candidate) => candidate !== existing)
        removed.push(existing)
        return
      }
      const priceId = text(item, 'price')
      const price = priceId ? this.recurringPrice(priceId, `${param}[${index}][price]`) : existing?.price
      if (!price)
        throw invalidRequest(
          `Missing required param: ${param}[${index}][price].`,
          `${param}[${index}][price]`,
          'parameter_missing',
        )
      if (existing) {
        if (existing.price.id === price.id && (quantity ?? existing.quantity) === existing.quantity) return
        const replacement = { id: existing.id, price: { ...price }, quantity: quantity ?? existing.quantity }
        next = next.map((candidate) => (candidate === existing ? replacement : candidate))
        removed.push(existing)
        added.push(replacement)
        return
      }
      const fresh = { id: stripeId('si'), price: { ...price }, quantity: quantity ?? 1 }
      next.push(fresh)
      added.push(fresh)
    })
    if (next.length === 0) throw invalidRequest('A subscription must keep at least one item: cancel it instead.', param)
    const { interval, interval_count: count } = next[0].price.recurring
    if (
      next.some((item) => item.price.recurring.interval !== interval || item.price.recurring.interval_count !== count)
    ) {
      throw invalidRequest(
        'Currency and interval fields must match across all plans on this subscription. Found mismatch in interval field.',
        param,
      )
    }
    if (next.some((item) => item.price.currency !== next[0].price.currency)) {
      throw invalidRequest(
        'Currency and interval fields must match across all plans on this subscription. Found mismatch in currency field.',
        param,
      )
    }
    return { current, next, removed, added }
  }

  /**
   * What an item change costs, Stripe's way: nothing during a trial; a new interval restarts the billing cycle now
   * (credit for the unused time of every old item, the new items' full period charged at once); otherwise proration
   * lines for the rest of the period, invoiced now (always_invoice), kept for the next invoice (create_prorations) or
   * not made (none).
   */
  private changeEffects(
    subscription: StripeObject,
    change: { current: BilledItem[]; next: BilledItem[]; removed: BilledItem[]; added: BilledItem[] },
    behavior: 'create_prorations' | 'always_invoice' | 'none',
    at: number,
  ): { immediate: StripeObject[]; pending: StripeObject[]; resetAnchor: boolean; trialing: boolean } {
    const trialing = subscription.status === 'trialing' && subscription.trial_end > at
    const [first] = subscription.items.data
    const oldRecurring = change.current[0]?.price.recurring
    const newRecurring = change.next[0].price.recurring
    const intervalChanged =
      oldRecurring.interval !== newRecurring.interval || oldRecurring.interval_count !== newRecurring.interval_count
    if (trialing) return { immediate: [], pending: [], resetAnchor: false, trialing }
    const period = { start: first.current_period_start, end: first.current_period_end, at }
    if (intervalChanged) {
      const credit =
        behavior === 'none' ? [] : prorationLines(subscription.id, change.current, [], period, this.nameOf, stripeId)
      return {
        immediate: [...credit, ...cycleLines(subscription.id, change.next, at, this.nameOf, stripeId)],
        pending: [],
        resetAnchor: true,
        trialing,
      }
    }
    if (behavior === 'none') return { immediate: [], pending: [], resetAnchor: false, trialing }
    const lines = prorationLines(subscription.id, change.removed, change.added, period, this.nameOf, stripeId)
    return behavior === 'always_invoice'
      ? { immediate: lines, pending: [], resetAnchor: false, trialing }
      : { immediate: [], pending: lines, resetAnchor: false, trialing }
  }

  /** Gives a subscription these items (kept items keep their id and period; new ones join the current period). */
  private applyItems(subscription: StripeObject, next: BilledItem[], newAnchor: number | null): void {
    const [first] = subscription.items.data
    subscription.items.data = next.map((item) => {
      const existing = subscription.items.data.find((candidate: StripeObject) => candidate.id === item.id)
      const start = newAnchor ?? first.current_period_start
      const end =
        newAnchor === null
          ? first.current_period_end
          : subscription.status === 'trialing'
            ? subscription.trial_end
            : periodEnd(newAnchor, item.price.recurring)
      if (existing)
        return Object.assign(existing, {
          price: { ...item.price },
          quantity: item.quantity,
          current_period_start: start,
          current_period_end: end,
        })
      return {
        ...this.subscriptionItem(subscription.id, item.price, item.quantity, start, null),
        id: item.id,
        current_period_end: end,
      }
    })
    if (newAnchor !== null) subscription.billing_cycle_anchor = newAnchor
    if (subscription.cancel_at_period_end) subscription.cancel_at = subscription.items.data[0].current_period_end
  }

  cancelSubscription(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['invoice_now', 'prorate', 'cancellation_details'])
    const subscription = this.retrieveSubscription(id)
    if (subscription.status === 'canceled')
      throw invalidRequest(`No such subscription: '${id}'`, 'id', 'resource_missing')
    const at = this.now()
    const schedule = subscription.schedule ? this.schedules.get(subscription.schedule) : undefined
    if (schedule) Object.assign(schedule, { status: 'canceled', canceled_at: at, current_phase: null })
    this.pendingProrations.delete(id)
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
    return list('/v1/subscriptions', subscriptions.reverse(), integer(params, 'limit') ?? 10, {
      after: text(params, 'starting_after'),
      before: text(params, 'ending_before'),
    })
  }

  // Invoices

  /** How charging the subscription's card would go: its default payment method, else the customer's. */
  private chargeOutcome(subscription: StripeObject, paymentMethodId?: string): CardOutcome | 'no_payment_method' {
    const customer = this.customers.get(subscription.customer)
    const method =
      paymentMethodId ?? subscription.default_payment_method ?? customer?.invoice_settings.default_payment_method
    if (!method) return 'no_payment_method'
    const outcome = this.outcomes.get(method) ?? 'succeeded'
    return outcome === 'charge_fails' ? 'declined' : outcome
  }

  private nextInvoiceNumber(customer: StripeObject): string {
    const count = [...this.invoices.values()].filter(
      (invoice) => invoice.customer === customer.id && invoice.number,
    ).length
    return `${customer.id.slice(5, 13).toUpperCase()}-${String(count + 1).padStart(4, '0')}`
  }

  /** Creates, finalises and tries to pay an invoice of the subscription (events as Stripe sends them). */
  private issueInvoice(subscription: StripeObject, lines: StripeObject[], billingReason: string): StripeObject {
    const customer = this.customers.get(subscription.customer)!
    const invoice = invoiceObject({
      id: stripeId('in'),
      customer,
      subscriptionId: subscription.id,
      lines,
      billingReason,
      created: this.now(),
      number: this.nextInvoiceNumber(customer),
      baseUrl: this.baseUrl,
    })
    this.invoices.set(invoice.id, invoice)
    subscription.latest_invoice = invoice.id
    this.emitEvent('invoice.created', invoice)
    Object.assign(invoice, {
      status: 'open',
      effective_at: this.now(),
      status_transitions: { ...invoice.status_transitions, finalized_at: this.now() },
    })
    this.emitEvent('invoice.finalized', invoice)
    this.attemptInvoice(invoice)
    return invoice
  }

  /**
   * One payment attempt: paid with a card that succeeds (or nothing to pay); otherwise the invoice stays open, the
   * subscription goes past_due, and Stripe retries every 3 days, 4 attempts in all, then marks the subscription unpaid.
   */
  private attemptInvoice(invoice: StripeObject, paymentMethodId?: string): boolean {
    const subscriptionId = invoice.parent?.subscription_details?.subscription
    const subscription = subscriptionId ? this.subscriptions.get(subscriptionId) : undefined
    const outcome =
      invoice.amount_due <= 0
        ? 'succeeded'
        : subscription
          ? this.chargeOutcome(subscription, paymentMethodId)
          : 'no_payment_method'
    const at = this.now()
    invoice.attempted = invoice.amount_due > 0 || invoice.attempted
    if (invoice.amount_due > 0) invoice.attempt_count += 1
    if (outcome === 'succeeded') {
      Object.assign(invoice, {
        status: 'paid',
        amount_paid: invoice.amount_due,
        amount_remaining: 0,
        next_payment_attempt: null,
        status_transitions: { ...invoice.status_transitions, paid_at: at },
      })
      this.emitEvent('invoice.paid', invoice)
      this.emitEvent('invoice.payment_succeeded', invoice)
      const stillOpen = [...this.invoices.values()].some(
        (other) => other.status === 'open' && other.parent?.subscription_details?.subscription === subscriptionId,
      )
      if (subscription && ['past_due', 'unpaid', 'incomplete'].includes(subscription.status) && !stillOpen)
        this.setStatus(subscription, 'active')
      return true
    }
    invoice.next_payment_attempt = invoice.attempt_count < MAX_PAYMENT_ATTEMPTS ? at + 3 * DAY : null
    this.emitEvent('invoice.payment_failed', invoice)
    if (subscription) {
      if (invoice.billing_reason === 'subscription_create' && subscription.status === 'active')
        this.setStatus(subscription, 'incomplete')
      else if (invoice.next_payment_attempt === null && subscription.status !== 'canceled')
        this.setStatus(subscription, 'unpaid')
      else if (subscription.status === 'active' || subscription.status === 'trialing')
        this.setStatus(subscription, 'past_due')
    }
    return false
  }

  private setStatus(subscription: StripeObject, status: string): void {
    if (subscription.status === status) return
    const before = structuredClone(subscription)
    subscription.status = status
    this.emitEvent('customer.subscription.updated', subscription, previousAttributes(before, subscription))
  }

  retrieveInvoice(id: string): StripeObject {
    const invoice = this.invoices.get(id)
    if (!invoice) throw noSuch('invoice', id)
    return invoice
  }

  listInvoices(params: FormObject): object {
    onlyParams(params, [
      'customer',
      'subscription',
      'status',
      'limit',
      'starting_after',
      'ending_before',
      'collection_method',
      'created',
    ])
    const customer = text(params, 'customer')
    const subscription = text(params, 'subscription')
    const status = text(params, 'status')
    const invoices = [...this.invoices.values()].filter(
      (invoice) =>
        (!customer || invoice.customer === customer) &&
        (!subscription || invoice.parent?.subscription_details?.subscription === subscription) &&
        (!status || invoice.status === status),
    )
    return list('/v1/invoices', invoices.reverse(), integer(params, 'limit') ?? 10)
  }

  /** Pays an open invoice now (Stripe's "retry payment"), with `payment_method` or the subscription's card; 402 when declined. */
  payInvoice(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['payment_method', 'off_session', 'forgive', 'paid_out_of_band', 'mandate', 'source'])
    const invoice = this.retrieveInvoice(id)
    if (invoice.status === 'paid') throw invalidRequest('Invoice is already paid', undefined, 'invoice_already_paid')
    if (invoice.status !== 'open')
      throw invalidRequest(
        `You can only pay an invoice that is open; this one is ${invoice.status}.`,
        undefined,
        'invoice_not_editable',
      )
    const paymentMethod = text(params, 'payment_method')
    if (paymentMethod) this.customersPaymentMethod(invoice.customer, paymentMethod, 'payment_method')
    if (!this.attemptInvoice(invoice, paymentMethod)) throw cardDeclined({ invoice: invoice.id })
    return invoice
  }

  /**
   * Stripe's rule for `subscription_details[proration_date]` (InvoiceCreatePreviewParams): it goes with `items` or
   * `trial_end`, never with `proration_behavior=none`, and lies within the current period.
   */
  private checkProrationDate(details: FormObject, item: StripeObject, at: number): void {
    const param = 'subscription_details[proration_date]'
    if (details.items === undefined && details.trial_end === undefined)
      throw invalidRequest(
        `When ${param} is set, one of subscription_details[items] or subscription_details[trial_end] is required.`,
        param,
      )
    if (details.proration_behavior === 'none')
      throw invalidRequest(`${param} cannot be used when subscription_details[proration_behavior] is \`none\`.`, param)
    if (at < item.current_period_start || at >= item.current_period_end)
      throw invalidRequest(`${param} must be within the current subscription period.`, param)
  }

  /**
   * POST /v1/invoices/create_preview for a subscription: its next invoice, or with `subscription_details[items]` what
   * that change would invoice (always_invoice: the prorations charged now; create_prorations: the next invoice with
   * them; none: the next invoice on the new items). During a trial a change charges nothing (0 lines to the trial end).
   */
  previewInvoice(params: FormObject): StripeObject {
    onlyParams(params, [
      'customer',
      'subscription',
      'subscription_details',
      'preview_mode',
      'automatic_tax',
      'currency',
      'customer_details',
      'discounts',
      'invoice_items',
      'issuer',
      'on_behalf_of',
      'schedule',
      'schedule_details',
    ])
    const subscriptionId = text(params, 'subscription')
    if (!subscriptionId)
      throw invalidRequest(
        'The Stripe stand-in previews subscription invoices only: pass subscription.',
        'subscription',
        'parameter_missing',
      )
    const subscription = this.retrieveSubscription(subscriptionId)
    const customerId = text(params, 'customer')
    if (customerId && customerId !== subscription.customer)
      throw invalidRequest(
        `The subscription ${subscriptionId} does not belong to the customer ${customerId}.`,
        'subscription',
      )
    const customer = this.customers.get(subscription.customer)!
    const details = object(params, 'subscription_details') ?? {}
    onlyParams(details, [
      'items',
      'proration_behavior',
      'proration_date',
      'cancel_at_period_end',
      'trial_end',
      'billing_cycle_anchor',
      'cancel_now',
      'resume_at',
      'start_date',
      'default_tax_rates',
      'metadata',
    ])
    const [first] = subscription.items.data
    const prorationDate = integer(details, 'proration_date', 'subscription_details[proration_date]')
    if (prorationDate !== undefined) this.checkProrationDate(details, first, prorationDate)
    const at = prorationDate ?? this.now()
    const noUpcoming = () =>
      invalidRequest(`No upcoming invoices for customer: ${customer.id}`, undefined, 'invoice_upcoming_none')
    if (subscription.status === 'canceled') throw noUpcoming()

    let lines: StripeObject[]
    const items = details.items
    if (items !== undefined && items !== '') {
      if (!Array.isArray(items)) throw invalidRequest('Invalid array', 'subscription_details[items]')
      const behavior = this.prorationBehavior(details, 'subscription_details[proration_behavior]')
      const change = this.itemChanges(subscription, items as FormObject[], 'subscription_details[items]')
      const effects = this.changeEffects(subscription, change, behavior, at)
      const pending = this.pendingProrations.get(subscription.id) ?? []
      if (behavior === 'always_invoice' || effects.resetAnchor) {
        lines = effects.trialing
          ? trialLines(subscription.id, change.next, at, subscription.trial_end, this.nameOf, stripeId)
          : [...pending, ...effects.immediate]
      } else {
        lines = [
          ...pending,
          ...effects.pending,
          ...cycleLines(subscription.id, change.next, first.current_period_end, this.nameOf, stripeId),
        ]
      }
    } else {
      if (subscription.cancel_at_period_end || boolean(details, 'cancel_at_period_end')) throw noUpcoming()
      const next =
        this.scheduledItems(subscription) ??
        subscription.items.data.map((item: StripeObject) => ({
          id: item.id,
          price: item.price,
          quantity: item.quantity,
        }))
      lines = [
        ...(this.pendingProrations.get(subscription.id) ?? []),
        ...cycleLines(subscription.id, next, first.current_period_end, this.nameOf, stripeId),
      ]
    }
    return invoiceObject({
      id: `upcoming_${stripeId('in')}`,
      customer,
      subscriptionId: subscription.id,
      lines,
      billingReason: items ? 'subscription_update' : 'subscription_cycle',
      created: this.now(),
      number: null,
      baseUrl: this.baseUrl,
    })
  }

  /** The items of the schedule phase that starts when the current period ends, if a schedule has one. */
  private scheduledItems(subscription: StripeObject): BilledItem[] | null {
    const schedule = subscription.schedule ? this.schedules.get(subscription.schedule) : undefined
    if (!schedule || schedule.status !== 'active') return null
    const phase = schedule.phases.find(
      (candidate: StripeObject) => candidate.start_date >= schedule.current_phase.end_date,
    )
    if (!phase) return null
    return phase.items.map((item: StripeObject) => {
      const kept = subscription.items.data.find((existing: StripeObject) => existing.price.id === item.price)
      return { id: kept?.id ?? stripeId('si'), price: this.prices.get(item.price)!, quantity: item.quantity }
    })
  }

  // Subscription schedules

  private phase(
    items: { price: StripeObject; quantity: number }[],
    start: number,
    end: number,
    trialEnd: number | null,
    prorationBehavior = 'create_prorations',
  ): Record<string, unknown> {
    return {
      add_invoice_items: [],
      application_fee_percent: null,
      billing_cycle_anchor: null,
      billing_thresholds: null,
      collection_method: null,
      currency: items[0].price.currency,
      default_payment_method: null,
      description: null,
      discounts: [],
      end_date: end,
      invoice_settings: null,
      items: items.map((item) => ({
        billing_thresholds: null,
        discounts: [],
        metadata: {},
        plan: item.price.id,
        price: item.price.id,
        quantity: item.quantity,
        tax_rates: [],
      })),
      metadata: {},
      on_behalf_of: null,
      proration_behavior: prorationBehavior,
      start_date: start,
      transfer_data: null,
      trial_end: trialEnd,
    }
  }

  /** From an existing subscription only (`from_subscription`): one phase, its current items until its period ends. */
  createSchedule(params: FormObject): StripeObject {
    onlyParams(params, [
      'from_subscription',
      'customer',
      'phases',
      'end_behavior',
      'metadata',
      'start_date',
      'default_settings',
      'billing_mode',
    ])
    const from = text(params, 'from_subscription')
    if (!from)
      throw invalidRequest(
        'The Stripe stand-in creates schedules from a subscription only: pass from_subscription.',
        'from_subscription',
        'parameter_missing',
      )
    for (const other of ['phases', 'start_date', 'end_behavior', 'customer']) {
      if (params[other] !== undefined)
        throw invalidRequest(`You cannot set \`${other}\` if \`from_subscription\` is set.`, other)
    }
    const subscription = this.subscriptions.get(from)
    if (!subscription) throw noSuch('subscription', from, 'from_subscription')
    if (subscription.status === 'canceled')
      throw invalidRequest('You cannot create a schedule from a canceled subscription.', 'from_subscription')
    if (subscription.schedule) {
      throw invalidRequest(
        `You cannot migrate a subscription that is already attached to a schedule: \`${subscription.schedule}\`.`,
        'from_subscription',
        'resource_already_exists',
      )
    }
    const [first] = subscription.items.data
    const current = this.phase(
      subscription.items.data.map((item: StripeObject) => ({ price: item.price, quantity: item.quantity })),
      first.current_period_start,
      first.current_period_end,
      subscription.status === 'trialing' ? subscription.trial_end : null,
    )
    const schedule: StripeObject = {
      id: stripeId('sub_sched'),
      object: 'subscription_schedule',
      application: null,
      billing_mode: { type: 'classic' },
      canceled_at: null,
      completed_at: null,
      created: this.now(),
      current_phase: { start_date: current.start_date, end_date: current.end_date },
      customer: subscription.customer,
      customer_account: null,
      default_settings: {
        application_fee_percent: null,
        billing_cycle_anchor: 'automatic',
        billing_thresholds: null,
        collection_method: 'charge_automatically',
        default_payment_method: null,
        description: null,
        invoice_settings: { days_until_due: null },
        on_behalf_of: null,
        transfer_data: null,
      },
      end_behavior: 'release',
      livemode: false,
      metadata: mergeMetadata({}, params),
      pause_schedules: [],
      phases: [current],
      released_at: null,
      released_subscription: null,
      status: 'active',
      subscription: subscription.id,
      test_clock: null,
    }
    this.schedules.set(schedule.id, schedule)
    subscription.schedule = schedule.id
    this.emitEvent('subscription_schedule.created', schedule)
    return schedule
  }

  retrieveSchedule(id: string): StripeObject {
    const schedule = this.schedules.get(id)
    if (!schedule) throw noSuch('subscription_schedule', id)
    return schedule
  }

  private liveSchedule(id: string): StripeObject {
    const schedule = this.retrieveSchedule(id)
    if (schedule.status !== 'active' && schedule.status !== 'not_started') {
      throw invalidRequest(
        `You cannot update a subscription schedule that is currently in the \`${schedule.status}\` status.`,
        undefined,
        'subscription_schedule_invalid_state',
      )
    }
    return schedule
  }

  /** Replaces the phases: each `{items[], end_date | duration, trial_end?}`, the first starting at the current phase's start. */
  updateSchedule(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['phases', 'end_behavior', 'metadata', 'proration_behavior', 'default_settings'])
    const schedule = this.liveSchedule(id)
    const phases = params.phases
    if (phases !== undefined) {
      if (!Array.isArray(phases) || phases.length === 0)
        throw invalidRequest('Invalid array: phases must be a non-empty array of hashes.', 'phases')
      let start: number = schedule.current_phase.start_date
      schedule.phases = (phases as FormObject[]).map((phase, index) => {
        const param = `phases[${index}]`
        onlyParams(phase, [
          'items',
          'start_date',
          'end_date',
          'duration',
          'trial_end',
          'trial',
          'proration_behavior',
          'metadata',
          'billing_cycle_anchor',
          'default_payment_method',
          'description',
          'currency',
        ])
        const startDate = text(phase, 'start_date')
        if (index === 0 && startDate && startDate !== 'now')
          start = integer(phase, 'start_date', `${param}[start_date]`)!
        if (index === 0 && startDate === 'now') start = this.now()
        const rawItems = phase.items
        if (!Array.isArray(rawItems) || rawItems.length === 0)
          throw invalidRequest(`Missing required param: ${param}[items].`, `${param}[items]`, 'parameter_missing')
        const items = (rawItems as FormObject[]).map((item, itemIndex) => {
          onlyParams(item, ['price', 'quantity', 'metadata'])
          return {
            price: this.recurringPrice(text(item, 'price'), `${param}[items][${itemIndex}][price]`),
            quantity: integer(item, 'quantity', `${param}[items][${itemIndex}][quantity]`) ?? 1,
          }
        })
        const duration = object(phase, 'duration')
        const endDate = integer(phase, 'end_date', `${param}[end_date]`)
        const end =
          endDate ??
          (duration
            ? periodEnd(start, {
                interval: requiredText(duration, 'interval'),
                interval_count: integer(duration, 'interval_count') ?? 1,
              })
            : periodEnd(start, items[0].price.recurring))
        if (end <= start)
          throw invalidRequest(`The end_date of ${param} must be after its start.`, `${param}[end_date]`)
        const trialEnd = text(phase, 'trial_end')
        const built = this.phase(
          items,
          start,
          end,
          trialEnd && trialEnd !== 'now' ? Number(trialEnd) : null,
          text(phase, 'proration_behavior') ?? 'create_prorations',
        )
        start = end
        return built
      })
      const current =
        schedule.phases.find((phase: StripeObject) => phase.start_date <= this.now() && this.now() < phase.end_date) ??
        schedule.phases[0]
      schedule.current_phase = { start_date: current.start_date, end_date: current.end_date }
    }
    const endBehavior = text(params, 'end_behavior')
    if (endBehavior !== undefined) {
      if (!['release', 'cancel', 'none', 'renew'].includes(endBehavior))
        throw invalidRequest('Invalid end_behavior: must be one of cancel, none, release, or renew', 'end_behavior')
      schedule.end_behavior = endBehavior
    }
    schedule.metadata = mergeMetadata(schedule.metadata, params)
    this.emitEvent('subscription_schedule.updated', schedule)
    return schedule
  }

  /** The subscription carries on with its current items, without the schedule. */
  releaseSchedule(id: string, params: FormObject): StripeObject {
    onlyParams(params, ['preserve_cancel_date'])
    const schedule = this.liveSchedule(id)
    const subscription = this.subscriptions.get(schedule.subscription)
    Object.assign(schedule, {
      status: 'released',
      released_at: this.now(),
      released_subscription: schedule.subscription,
      subscription: null,
      current_phase: null,
    })
    this.emitEvent('subscription_schedule.released', schedule)
    if (subscription) {
      const before = structuredClone(subscription)
      subscription.schedule = null
      this.emitEvent('customer.subscription.updated', subscription, previousAttributes(before, subscription))
    }
    return schedule
  }

  // The clock (test control, not a Stripe path)

  /**
   * Moves the stand-in's clock forward, doing on the way what Stripe does when time passes, in order:
   * `customer.subscription.trial_will_end` 3 days before a trial ends; at a period's end, a subscription set to cancel
   * is canceled, a schedule moves to its next phase (or releases the subscription after its last one), a trial ends,
   * the period rolls and an invoice is made and charged to the default card (`pm_card_chargeDeclined` fails it:
   * past_due, retried every 3 days, unpaid after 4 attempts); open invoices are retried when due.
   */
  advanceTime(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error('advanceTime takes a number of seconds ≥ 0.')
    const target = this.now() + Math.floor(seconds)
    for (let step = 0; step < 10_000; step++) {
      const next = this.nextOccurrence(target)
      if (!next) break
      this.offset += Math.max(0, next.at - this.now())
      next.run()
    }
    this.offset += target - this.now()
  }

  private nextOccurrence(target: number): { at: number; run: () => void } | null {
    const due: { at: number; run: () => void }[] = []
    for (const subscription of this.subscriptions.values()) {
      if (['canceled', 'incomplete_expired'].includes(subscription.status)) continue
      const warnAt = subscription.trial_end - 3 * DAY
      if (subscription.status === 'trialing' && !this.trialWillEndSent.has(subscription.id) && warnAt <= target) {
        due.push({
          at: Math.max(this.now(), warnAt),
          run: () => {
            this.trialWillEndSent.add(subscription.id)
            this.emitEvent('customer.subscription.trial_will_end', subscription)
          },
        })
      }
      const end = subscription.items.data[0].current_period_end
      if (end <= target) due.push({ at: end, run: () => this.endPeriod(subscription.id) })
    }
    for (const invoice of this.invoices.values()) {
      if (invoice.status === 'open' && invoice.next_payment_attempt && invoice.next_payment_attempt <= target) {
        due.push({ at: invoice.next_payment_attempt, run: () => this.attemptInvoice(invoice) })
      }
    }
    return due.sort((a, b) => a.at - b.at)[0] ?? null
  }

  private endPeriod(id: string): void {
    const subscription = this.subscriptions.get(id)!
    const at = this.now()
    const before = structuredClone(subscription)
    if (subscription.cancel_at_period_end) {
      if (subscription.schedule) this.releaseSchedule(subscription.schedule, {})
      Object.assign(subscription, { status: 'canceled', canceled_at: at, ended_at: at })
      this.emitEvent('customer.subscription.deleted', subscription)
      return
    }
    const schedule = subscription.schedule ? this.schedules.get(subscription.schedule) : undefined
    if (schedule?.current_phase && schedule.current_phase.end_date <= at) {
      const next = this.scheduledItems(subscription)
      const phase = schedule.phases.find(
        (candidate: StripeObject) => candidate.start_date >= schedule.current_phase.end_date,
      )
      if (next && phase) {
        this.applyItems(subscription, next, null)
        schedule.current_phase = { start_date: phase.start_date, end_date: phase.end_date }
        this.emitEvent('subscription_schedule.updated', schedule)
      } else if (schedule.end_behavior === 'cancel') {
        Object.assign(schedule, { status: 'canceled', canceled_at: at })
        Object.assign(subscription, { status: 'canceled', canceled_at: at, ended_at: at, schedule: null })
        this.emitEvent('customer.subscription.deleted', subscription)
        return
      } else {
        Object.assign(schedule, {
          status: 'released',
          released_at: at,
          released_subscription: subscription.id,
          subscription: null,
          current_phase: null,
        })
        subscription.schedule = null
        this.emitEvent('subscription_schedule.released', schedule)
      }
    }
    if (subscription.status === 'trialing') subscription.status = 'active'
    for (const item of subscription.items.data)
      Object.assign(item, { current_period_start: at, current_period_end: periodEnd(at, item.price.recurring) })
    const items: BilledItem[] = subscription.items.data.map((item: StripeObject) => ({
      id: item.id,
      price: item.price,
      quantity: item.quantity,
    }))
    const lines = [...(this.pendingProrations.get(id) ?? []), ...cycleLines(id, items, at, this.nameOf, stripeId)]
    this.pendingProrations.delete(id)
    this.emitEvent('customer.subscription.updated', subscription, previousAttributes(before, subscription))
    this.issueInvoice(subscription, lines, 'subscription_cycle')
  }

  retrieveEvent(id: string): StripeObject {
    const event = this.events.get(id)
    if (!event) throw noSuch('event', id)
    return event
  }
}

/** The legacy `plan` Stripe still returns beside an item's price: the same recurring price, as a plan. */
function planOf(price: StripeObject): StripeObject {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: 'per_unit',
    created: price.created,
    currency: price.currency,
    interval: price.recurring.interval,
    interval_count: price.recurring.interval_count,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: price.recurring.usage_type,
  }
}

function previousAttributes(before: StripeObject, after: StripeObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(before)
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => [key, before[key]]),
  )
}

function cardDeclined(extra: Record<string, unknown>): StripeStandInError {
  return new StripeStandInError(402, 'card_error', 'Your card was declined.', {
    code: 'card_declined',
    decline_code: 'generic_decline',
    ...extra,
  })
}

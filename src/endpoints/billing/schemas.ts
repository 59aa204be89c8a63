import { z } from 'zod'

import { BILLING_ACTIONS } from '@/services/billing/billingActions'
import type { CardView } from '@/services/billing/paymentMethod'
import type { SubscriptionInvoiceListEntry, SubscriptionInvoiceView } from '@/services/billing/subscriptionInvoices'
import type { DunningState } from '@/services/dunning/dunningState'
import type { LimitUsage } from '@/services/subscriptions/usageSummary'
import { FEATURE_CODES } from '@/services/tiers/featureCodes'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

import type { Expect, Same } from '../openapi/operation'
import { limitsSchema } from '../platform/schemas'

const billingPeriod = z.enum(['monthly', 'annual'])
const dateTime = z.iso.datetime()
const cents = z.number().int().describe('Cents.')

const dunningSchema = z
  .strictObject({
    since: dateTime,
    graceEndsAt: dateTime,
    daysLeft: z.number().int(),
    readOnly: z.boolean(),
    remindersSent: z.number().int(),
  })
  .nullable()
  .describe('A failing payment: when it started, when the shop becomes read-only; null when payments are fine.')

/** GET /api/billing/subscription, and every billing change (the state after it). */
export const subscriptionSchema = z
  .strictObject({
    vendor: z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string() }),
    platform: z.strictObject({ code: z.string(), name: z.string() }),
    tier: z.strictObject({
      code: z.string(),
      name: z.string(),
      priceMonthly: cents,
      priceAnnual: cents,
      features: z.array(z.enum(FEATURE_CODES)),
    }),
    status: z
      .enum(['trialing', 'active', 'past_due', 'canceled', 'expired'])
      .nullable()
      .describe('null: no subscription (a vendor from before subscriptions).'),
    billingPeriod: billingPeriod.nullable(),
    trialEndsAt: dateTime.nullable(),
    currentPeriodStart: dateTime.nullable(),
    currentPeriodEnd: dateTime.nullable(),
    cancelAtPeriodEnd: z.boolean(),
    pendingChange: z
      .strictObject({
        tier: z.strictObject({ code: z.string(), name: z.string() }).nullable(),
        billingPeriod: billingPeriod.nullable(),
        at: dateTime,
      })
      .nullable()
      .describe('A downgrade scheduled for the period end.'),
    addOns: z.array(
      z.strictObject({
        code: z.string(),
        name: z.string(),
        price: cents,
        interval: z.enum(['month', 'year', 'once']),
        raises: z.strictObject({ limit: z.enum(LIMIT_KEYS).nullish(), amount: z.number().int().nullish() }).optional(),
      }),
    ),
    limits: limitsSchema,
    readOnly: z.boolean(),
    billedOnStripe: z.boolean().describe('Plan, add-on and card changes go through Stripe (409 otherwise).'),
    actions: z
      .strictObject(
        Object.fromEntries(BILLING_ACTIONS.map((action) => [action, z.boolean()])) as Record<
          (typeof BILLING_ACTIONS)[number],
          z.ZodBoolean
        >,
      )
      .describe('The changes allowed now.'),
    changesRefused: z
      .enum(['no_subscription', 'ended', 'not_billed_online'])
      .nullable()
      .describe('Why no change is allowed, when none is.'),
    dunning: dunningSchema,
  })
  .meta({
    id: 'Subscription',
    description: "The vendor's plan, add-ons, limits, and what may be changed. Amounts in cents.",
  })

const direction = z.enum(['upgrade', 'downgrade'])
const effective = z
  .enum(['now', 'period_end'])
  .describe('Upgrades (and any change during a trial) apply now, downgrades at the period end.')

/** POST /api/billing/change-tier */
export const tierChangedSchema = subscriptionSchema
  .extend({
    change: z.strictObject({ tier: z.string().describe('The new tier code.'), billingPeriod, direction, effective }),
  })
  .meta({ id: 'SubscriptionAfterTierChange', description: 'The subscription after the change, and the change.' })

const limitUsage = z.strictObject({
  used: z.number().int(),
  limit: z.number().int().nullable(),
  percent: z.number().nullable(),
})

/** GET /api/billing/usage */
export const usageSchema = z
  .strictObject({
    vendor: z.strictObject({ id: z.number().int(), slug: z.string() }),
    platform: z.strictObject({ code: z.string() }),
    tier: z.strictObject({ code: z.string(), name: z.string() }),
    usage: z.strictObject(
      Object.fromEntries(LIMIT_KEYS.map((key) => [key, limitUsage])) as Record<
        (typeof LIMIT_KEYS)[number],
        typeof limitUsage
      >,
    ),
  })
  .meta({ id: 'Usage', description: 'Use against each limit (limit null: unlimited).' })

const subscriptionInvoiceViewSchema = z
  .strictObject({
    currency: z.string(),
    subtotal: cents,
    total: cents,
    amountDue: cents,
    periodStart: dateTime.nullable(),
    periodEnd: dateTime.nullable(),
    lines: z.array(
      z.strictObject({
        description: z.string().nullable(),
        amount: cents,
        period: z.strictObject({ start: dateTime.nullable(), end: dateTime.nullable() }),
        proration: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'SubscriptionInvoicePreview' })

/** GET /api/billing/upcoming-invoice */
export const upcomingSubscriptionInvoiceSchema = z
  .strictObject({
    invoice: subscriptionInvoiceViewSchema.nullable().describe('null: no invoice is coming (canceled, ending).'),
    change: z
      .strictObject({
        tier: z.strictObject({ code: z.string(), name: z.string() }),
        billingPeriod,
        direction,
        effective,
      })
      .nullable()
      .describe('The change previewed, with `tier` or `billingPeriod`.'),
  })
  .meta({
    id: 'UpcomingSubscriptionInvoice',
    description: "Stripe's preview of the next subscription invoice, or of a change of plan with its proration.",
  })

const subscriptionInvoiceSchema = z.strictObject({
  id: z.string(),
  number: z.string().nullable(),
  date: dateTime.nullable(),
  total: cents,
  amountDue: cents,
  amountPaid: cents,
  currency: z.string(),
  status: z.string().nullable(),
  pdfUrl: z.string().nullable(),
  hostedUrl: z.string().nullable(),
})

/** GET /api/billing/invoices */
export const subscriptionInvoicesSchema = z
  .strictObject({ invoices: z.array(subscriptionInvoiceSchema) })
  .meta({ id: 'SubscriptionInvoices', description: "The vendor's subscription invoices (Stripe's), newest first." })

const cardSchema = z.strictObject({
  brand: z.string(),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
})

/** GET /api/billing/payment-method */
export const currentCardSchema = z
  .strictObject({ card: cardSchema.nullable() })
  .meta({ id: 'CurrentCard', description: 'The card Stripe charges; null when none.' })

/** POST /api/billing/payment-method: without `setupIntentId` a SetupIntent to confirm, with it the card made the default. */
export const cardChangeSchema = z
  .union([
    z
      .strictObject({ clientSecret: z.string(), publishableKey: z.string(), setupIntentId: z.string() })
      .describe('For Stripe.js to confirm the new card.'),
    z.strictObject({ paymentMethod: z.string() }).describe('The confirmed card, now the default.'),
  ])
  .meta({ id: 'CardChange' })

export type _InvoiceViewChecked = Expect<Same<z.output<typeof subscriptionInvoiceViewSchema>, SubscriptionInvoiceView>>
export type _SubscriptionInvoiceChecked = Expect<
  Same<z.output<typeof subscriptionInvoiceSchema>, SubscriptionInvoiceListEntry>
>
export type _CardChecked = Expect<Same<z.output<typeof cardSchema>, CardView>>
export type _LimitUsageChecked = Expect<Same<z.output<typeof limitUsage>, LimitUsage>>
export type _DunningChecked = Expect<Same<z.output<typeof dunningSchema>, DunningState | null>>

import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { MessageRef } from '@/i18n/t'

import type { BillingPeriod } from './types'

/** What a Stripe price of the platform sells: a plan for a billing period, or an add-on; named in the request's locale. */
export type PricedItem = { kind: 'plan'; name: string; period: BillingPeriod } | { kind: 'addOn'; name: string }

/** The platform's Stripe prices by id, each with the plan or add-on it sells (named in `req.locale`). */
export async function pricedItems(req: PayloadRequest, platformId: number): Promise<Map<string, PricedItem>> {
  const where = { platform: { equals: platformId } }
  const common = { where, depth: 0, pagination: false, overrideAccess: true, req } as const
  const [tiers, addOns] = await Promise.all([
    req.payload.find({ collection: 'subscription-tiers', ...common }),
    req.payload.find({ collection: 'add-ons', ...common }),
  ])
  const items = new Map<string, PricedItem>()
  for (const tier of tiers.docs) {
    if (tier.stripePriceMonthly)
      items.set(tier.stripePriceMonthly, { kind: 'plan', name: tier.name, period: 'monthly' })
    if (tier.stripePriceAnnual) items.set(tier.stripePriceAnnual, { kind: 'plan', name: tier.name, period: 'annual' })
  }
  for (const addOn of addOns.docs)
    if (addOn.stripePrice) items.set(addOn.stripePrice, { kind: 'addOn', name: addOn.name })
  return items
}

const priceOf = (line: Stripe.InvoiceLineItem): string | null => {
  const price = line.pricing?.price_details?.price
  return typeof price === 'string' ? price : (price?.id ?? null)
}

const proration = (line: Stripe.InvoiceLineItem) =>
  Boolean(line.parent?.subscription_item_details?.proration ?? line.parent?.invoice_item_details?.proration)

/**
 * A subscription invoice line in our words, not Stripe's ("1 × Professional (at €790.00 / year)", "Trial period for
 * Business"): the plan or add-on by its localized name, the quantity when more than one, and what kind of line it
 * is (trial, unused or remaining time of a change). Null for a price that is not the platform's.
 */
export function lineDescription(line: Stripe.InvoiceLineItem, items: Map<string, PricedItem>): MessageRef | null {
  const price = priceOf(line)
  const item = price ? items.get(price) : undefined
  if (!item) return null
  let named: MessageRef =
    item.kind === 'plan'
      ? {
          message: item.period === 'annual' ? 'billingLinePlanAnnual' : 'billingLinePlanMonthly',
          vars: { plan: item.name },
        }
      : { message: 'billingLineAddOn', vars: { addOn: item.name } }
  if ((line.quantity ?? 1) > 1)
    named = { message: 'billingLineQuantity', vars: { quantity: line.quantity!, item: named } }
  if (proration(line))
    return { message: line.amount < 0 ? 'billingLineUnusedTime' : 'billingLineRemainingTime', vars: { item: named } }
  if (line.amount === 0) return { message: 'billingLineTrial', vars: { item: named } }
  return named
}

import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import { Conflict, OutsideServiceFailed } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'

import { BILLING_STRIPE } from './stripeMessages'
import {
  type Catalog,
  readStripeSubscription,
  resolvePrices,
  retrieveStripeSubscription,
  syncSubscriptionFromStripe,
  type SyncResult,
} from './syncFromStripe'
import type { BillingPeriod, BillingTarget } from './types'

export type ItemSpec = { price: string; quantity: number }

const priceOf = (price: string | Stripe.Price | Stripe.DeletedPrice) => (typeof price === 'string' ? price : price.id)

/** The vendor's Stripe customer and subscription ids (null when not on Stripe); 409 when it has no subscription row. */
export function stripeIds(
  req: PayloadRequest,
  target: BillingTarget,
): { customer: string | null; subscription: string | null } {
  const subscription = target.plan.subscription
  if (!subscription) throw new Conflict('billingNoSubscription', { vendor: target.vendor.name })
  return { customer: subscription.stripeCustomerId ?? null, subscription: subscription.stripeSubscriptionId ?? null }
}

/** Stripe's subscription now, with its schedule. */
export const freshSubscription = (req: PayloadRequest, stripe: Stripe, id: string) =>
  callStripe(req, 'subscription retrieval', BILLING_STRIPE, () => retrieveStripeSubscription(stripe, id))

/** The subscription's item that carries its tier (the other items are add-ons). */
export function tierItem(subscription: Stripe.Subscription, catalog: Catalog): Stripe.SubscriptionItem {
  return subscription.items.data.find((item) => resolvePrices(catalog, [item.price]).tier) ?? subscription.items.data[0]
}

export const isTierPrice = (catalog: Catalog, price: string) => Boolean(resolvePrices(catalog, [price]).tier)

const activeSchedule = (subscription: Stripe.Subscription): Stripe.SubscriptionSchedule | null => {
  const schedule = typeof subscription.schedule === 'object' ? subscription.schedule : null
  return schedule && (schedule.status === 'active' || schedule.status === 'not_started') ? schedule : null
}

const sameItems = (a: ItemSpec[], b: ItemSpec[]) => {
  const key = (items: ItemSpec[]) =>
    items
      .map((item) => `${item.price}×${item.quantity}`)
      .sort()
      .join()
  return key(a) === key(b)
}

const interval = (period: BillingPeriod) => (period === 'annual' ? 'year' : 'month')

/**
 * Sets what the subscription becomes when its current period ends, through a subscription schedule: made from the
 * subscription when there is none, its current phase kept, its next phase `next(items)` where `items` are those of
 * the change already waiting (or the current ones). A next phase equal to today's items needs no schedule: released.
 */
export async function scheduleNextPhase(
  req: PayloadRequest,
  stripe: Stripe,
  subscription: Stripe.Subscription,
  next: (items: ItemSpec[]) => ItemSpec[],
  period: BillingPeriod,
): Promise<void> {
  const schedule =
    activeSchedule(subscription) ??
    (await callStripe(req, 'schedule creation', BILLING_STRIPE, () =>
      stripe.subscriptionSchedules.create({ from_subscription: subscription.id }),
    ))
  const currentStart = schedule.current_phase?.start_date ?? schedule.phases[0].start_date
  const currentEnd = schedule.current_phase?.end_date ?? schedule.phases[0].end_date
  const current: ItemSpec[] = subscription.items.data.map((item) => ({
    price: item.price.id,
    quantity: item.quantity ?? 1,
  }))
  const waiting = schedule.phases.find((phase) => phase.start_date >= currentEnd)
  const base = waiting
    ? waiting.items.map((item) => ({ price: priceOf(item.price), quantity: item.quantity ?? 1 }))
    : current
  const upcoming = next(base)
  if (sameItems(upcoming, current)) {
    await callStripe(req, 'schedule release', BILLING_STRIPE, () => stripe.subscriptionSchedules.release(schedule.id))
    return
  }
  await callStripe(req, 'schedule update', BILLING_STRIPE, () =>
    stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'release',
      phases: [
        { items: current, start_date: currentStart, end_date: currentEnd },
        { items: upcoming, duration: { interval: interval(period), interval_count: 1 } },
      ],
    }),
  )
}

/**
 * After a change that took effect at once, the change still waiting in the schedule (if any) is rebased on the new
 * items: `next` is applied to the waiting phase's items; nothing left to wait for releases the schedule.
 */
export async function rebaseSchedule(
  req: PayloadRequest,
  stripe: Stripe,
  before: Stripe.Subscription,
  next: (items: ItemSpec[]) => ItemSpec[],
  period: BillingPeriod,
): Promise<void> {
  if (!activeSchedule(before)) return
  const after = await freshSubscription(req, stripe, before.id)
  await scheduleNextPhase(req, stripe, after, next, period)
}

/** Releases the schedule (a waiting change is dropped), e.g. before cancelling. */
export async function releaseSchedule(
  req: PayloadRequest,
  stripe: Stripe,
  subscription: Stripe.Subscription,
): Promise<void> {
  const schedule = activeSchedule(subscription)
  if (schedule)
    await callStripe(req, 'schedule release', BILLING_STRIPE, () => stripe.subscriptionSchedules.release(schedule.id))
}

/**
 * Applies Stripe's state, read fresh once the change is made, to our row (syncSubscriptionFromStripe, in one
 * transaction). Stripe has already changed: if the read or our write fails, the row stays as it was until the webhook
 * of the change (customer.subscription.updated) syncs it again, so it converges; the failure is logged and answered
 * 502 saying the change was made and will show shortly (never "nothing changed", which would invite a second try).
 */
export async function applyStripeState(
  req: PayloadRequest,
  stripe: Stripe,
  stripeSubscriptionId: string,
): Promise<SyncResult | null> {
  try {
    const read = await readStripeSubscription(req.payload, stripe, stripeSubscriptionId)
    return await syncSubscriptionFromStripe(req, stripeSubscriptionId, { read })
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Stripe subscription ${stripeSubscriptionId} changed but our row was not updated; the next webhook for it converges it.`,
    })
    throw new OutsideServiceFailed('billingChangeNotShownYet')
  }
}

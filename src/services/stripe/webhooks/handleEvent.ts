import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { VendorSubscription } from '@/payload-types'
import { REPLACE_CARD_PURPOSE, useConfirmedCard } from '@/services/billing/paymentMethod'
import { readStripeSubscription, type StripeRead, syncSubscriptionFromStripe } from '@/services/billing/syncFromStripe'
import { reconcileDunning } from '@/services/dunning/dunning'
import { Conflict, PaymentRequired } from '@/services/errors'
import { queueEmail } from '@/services/mail/queueEmail'
import { billingPageUrl, vendorOwnerContact } from '@/services/mail/vendorOwnerContact'
import { stripeClient } from '@/services/stripe/client'
import { relationId } from '@/utilities/relationId'

import type { StripeEventOutcome } from './eventOutcomes'
import { eventCustomerId, eventSubscriptionId } from './eventTargets'

export type HandledEvent = { outcome: StripeEventOutcome; note?: string }

/** The event types the app acts on; others are stored and marked ignored. */
export const HANDLED_EVENT_TYPES = [
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.trial_will_end',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.payment_action_required',
  'setup_intent.succeeded',
] as const

/** Every handled type but the card replacement is about one subscription, whose state is read from Stripe. */
const SUBSCRIPTION_EVENT_TYPES: readonly string[] = HANDLED_EVENT_TYPES.filter(
  (type) => type !== 'setup_intent.succeeded',
)

/**
 * What an event needs from Stripe, fetched before any transaction is open (prepareStripeEvent): the subscription's
 * current state with the start of its read, or the outcome of work done at Stripe alone (a card replacement), or the
 * note that the event names nothing of ours.
 */
export type PreparedEvent =
  | { kind: 'read'; read: StripeRead }
  | { kind: 'done'; handled: HandledEvent }
  | { kind: 'unmatched'; note: string }
  | { kind: 'none' }

/**
 * The part of an event's processing that talks to Stripe, with no transaction open (a slow Stripe must hold no
 * database connection idle in a transaction). Subscription and invoice events never trust the event body: the
 * subscription's current state is read from Stripe here and applied under the lock by handleStripeEvent.
 */
export async function prepareStripeEvent(req: PayloadRequest, event: Stripe.Event): Promise<PreparedEvent> {
  if (event.type === 'setup_intent.succeeded')
    return { kind: 'done', handled: await makeDefaultPaymentMethod(req, event.data.object as Stripe.SetupIntent) }
  if (!SUBSCRIPTION_EVENT_TYPES.includes(event.type)) return { kind: 'none' }
  const subscriptionId = eventSubscriptionId(event)
  if (!subscriptionId) return { kind: 'unmatched', note: 'The event names no subscription.' }
  const unmatched = (why: string) => ({
    kind: 'unmatched' as const,
    note: `Stripe subscription ${subscriptionId} (customer ${eventCustomerId(event) ?? 'unknown'}): ${why}`,
  })
  // Checked before asking Stripe: a subscription that is none of ours would otherwise cost a call per delivery.
  const known = await req.payload.count({
    collection: 'vendor-subscriptions',
    where: { stripeSubscriptionId: { equals: subscriptionId } },
    overrideAccess: true,
    req,
  })
  if (known.totalDocs === 0) return unmatched('no vendor subscription holds it.')
  return { kind: 'read', read: await readStripeSubscription(req.payload, stripeClient(), subscriptionId) }
}

/**
 * Acts on one stored event, inside the caller's transaction (which holds the subscription's lock), with what
 * prepareStripeEvent fetched: the subscription's state is applied (syncSubscriptionFromStripe, which keeps a read
 * older than the one the row holds from overwriting it), so events that arrive late, twice or out of order converge
 * on Stripe's state; then the dunning episode is started or ended to match. A subscription or customer we do not know
 * is recorded with a note (`unmatched`), not retried: it would never match.
 */
export async function handleStripeEvent(
  req: PayloadRequest,
  event: Stripe.Event,
  now: Date,
  prepared: PreparedEvent,
): Promise<HandledEvent> {
  if (prepared.kind === 'done') return prepared.handled
  if (prepared.kind === 'unmatched') return { outcome: 'unmatched', note: prepared.note }
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return (await syncSubscription(req, event, now, prepared)).handled
    case 'customer.subscription.trial_will_end': {
      const { handled, row } = await syncSubscription(req, event, now, prepared)
      if (row?.status === 'trialing' && row.trialEndsAt)
        await mailOwner(req, row, 'trialWillEnd', `trial-will-end:${row.id}:${row.trialEndsAt}`, {
          trialEndsAt: new Date(row.trialEndsAt).toISOString(),
        })
      return handled
    }
    case 'invoice.payment_action_required': {
      const { handled, row } = await syncSubscription(req, event, now, prepared)
      if (row)
        await mailOwner(
          req,
          row,
          'paymentActionRequired',
          `payment-action:${(event.data.object as Stripe.Invoice).id}`,
          {},
        )
      return handled
    }
    default:
      return { outcome: 'ignored', note: `The app does not act on ${event.type} events.` }
  }
}

async function syncSubscription(
  req: PayloadRequest,
  event: Stripe.Event,
  now: Date,
  prepared: PreparedEvent,
): Promise<{ handled: HandledEvent; row: VendorSubscription | null }> {
  const subscriptionId = eventSubscriptionId(event)
  if (prepared.kind !== 'read' || !subscriptionId)
    return { handled: { outcome: 'unmatched', note: 'The event names no subscription.' }, row: null }
  const synced = await syncSubscriptionFromStripe(req, subscriptionId, { now, read: prepared.read })
  if (!synced)
    return {
      handled: {
        outcome: 'unmatched',
        note: `Stripe subscription ${subscriptionId} (customer ${eventCustomerId(event) ?? 'unknown'}): no vendor subscription holds it, or its price is none of its platform's tiers.`,
      },
      row: null,
    }
  const dunning = await reconcileDunning(req, synced.subscription.id, now)
  const row = await req.payload.findByID({
    collection: 'vendor-subscriptions',
    id: synced.subscription.id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const changes = [
    ...(synced.superseded ? ['nothing: a later read of Stripe was already applied'] : []),
    ...synced.changed,
    ...(synced.periodReset ? ['ordersThisPeriod reset'] : []),
    ...(dunning === 'unchanged' ? [] : [`dunning ${dunning}`]),
  ]
  return {
    handled: {
      outcome: 'handled',
      note: changes.length > 0 ? `Changed: ${changes.join(', ')}.` : 'Already up to date.',
    },
    row,
  }
}

async function mailOwner(
  req: PayloadRequest,
  row: VendorSubscription,
  template: 'trialWillEnd' | 'paymentActionRequired',
  mailId: string,
  vars: { trialEndsAt?: string },
): Promise<void> {
  const vendorId = relationId(row.vendor)!
  const owner = await vendorOwnerContact(req, vendorId)
  if (!owner) return
  const vendor = await req.payload.findByID({
    collection: 'vendors',
    id: vendorId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const platform = await req.payload.findByID({
    collection: 'platforms',
    id: relationId(row.platform)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const common = { vendorName: vendor.name, billingUrl: billingPageUrl(platform) }
  if (template === 'trialWillEnd') {
    await queueEmail(req, {
      to: owner.email,
      template,
      locale: owner.locale,
      platform: platform.code,
      vars: { ...common, trialEndsAt: vars.trialEndsAt! },
      mailId,
    })
  } else {
    await queueEmail(req, {
      to: owner.email,
      template,
      locale: owner.locale,
      platform: platform.code,
      vars: common,
      mailId,
    })
  }
}

/**
 * A card confirmed with a SetupIntent from the billing page (metadata `purpose: replace_card`, set by
 * replaceCardIntent) becomes the default payment method of the customer and of each of its live subscriptions, so
 * Stripe's next retry or renewal charges it — the same work as `POST /api/billing/payment-method {setupIntentId}`
 * (useConfirmedCard), for an owner who closed the page before it ran. Signup's SetupIntents set their card themselves.
 * A SetupIntent that is another customer's or did not succeed (Conflict / PaymentRequired from useConfirmedCard) is
 * recorded, not retried; Stripe failing (OutsideServiceFailed) is retried.
 */
async function makeDefaultPaymentMethod(req: PayloadRequest, eventIntent: Stripe.SetupIntent): Promise<HandledEvent> {
  if (eventIntent.metadata?.purpose !== REPLACE_CARD_PURPOSE)
    return { outcome: 'ignored', note: 'Not a card replacement from the billing page.' }
  const customerId = typeof eventIntent.customer === 'string' ? eventIntent.customer : eventIntent.customer?.id
  if (!customerId) return { outcome: 'unmatched', note: 'The SetupIntent has no customer.' }
  const { docs } = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { stripeCustomerId: { equals: customerId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0)
    return { outcome: 'unmatched', note: `No vendor subscription has Stripe customer ${customerId}.` }
  // A canceled subscription cannot be updated at Stripe (and will not charge again).
  const subscriptions = docs
    .filter((doc) => doc.status !== 'canceled')
    .map((doc) => doc.stripeSubscriptionId)
    .filter((id): id is string => Boolean(id))
  let paymentMethod = ''
  try {
    for (const subscriptionId of subscriptions)
      ({ paymentMethod } = await useConfirmedCard(req, customerId, subscriptionId, eventIntent.id))
  } catch (error) {
    if (error instanceof Conflict || error instanceof PaymentRequired)
      return { outcome: 'handled', note: `SetupIntent ${eventIntent.id} not used: ${error.message}` }
    throw error
  }
  return {
    outcome: 'handled',
    note: `Default payment method ${paymentMethod || 'unchanged'} for customer ${customerId} and ${subscriptions.length} subscription(s).`,
  }
}

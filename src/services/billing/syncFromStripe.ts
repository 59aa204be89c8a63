import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import type { AddOn, SubscriptionTier, VendorSubscription } from '@/payload-types'
import { stripeClient } from '@/services/stripe/client'
import type { SubscriptionStatus } from '@/services/subscriptions/status'
import { lockSubscriptionByStripeId, resetPeriodIfNew } from '@/services/subscriptions/subscriptionRows'
import { relationId } from '@/utilities/relationId'

import * as tables from '../db/tables'
import { inTransaction, runSql } from '../transactions'

import type { BillingPeriod } from './types'

/**
 * Stripe's subscription status → ours. `incomplete` (the first payment is still being attempted) counts as past_due;
 * `unpaid` (retries exhausted, Stripe stopped trying), `paused` (a trial ended without a payment method) and
 * `incomplete_expired` leave the vendor read-only, as `expired`; only a subscription Stripe ended is `canceled`.
 */
export const STRIPE_STATUS: Record<Stripe.Subscription.Status, SubscriptionStatus> = {
  trialing: 'trialing',
  active: 'active',
  past_due: 'past_due',
  incomplete: 'past_due',
  unpaid: 'expired',
  paused: 'expired',
  canceled: 'canceled',
  incomplete_expired: 'expired',
}

/** The fields of a vendor-subscriptions row that Stripe is the source of truth for. */
export type StripeSubscriptionState = {
  status: SubscriptionStatus
  tier: number
  billingPeriod: BillingPeriod
  currentPeriodStart: string | null
  currentPeriodEnd: string | null
  trialEndsAt: string | null
  addOns: number[]
  cancelAtPeriodEnd: boolean
  /** Set only when the next phase changes the tier or the billing period (an add-on removal leaves them null). */
  pendingTier: number | null
  pendingBillingPeriod: BillingPeriod | null
  /** When the next phase (any change: tier, period or add-ons) starts; null when nothing is scheduled. */
  pendingChangeAt: string | null
  stripeScheduleId: string | null
}

export type SyncResult = {
  subscription: VendorSubscription
  /** Names of the fields this sync changed; empty when the row already matched Stripe. */
  changed: (keyof StripeSubscriptionState)[]
  /** ordersThisPeriod was reset because Stripe shows a new billing period. */
  periodReset: boolean
  /** The row already holds a read of Stripe that began after this one: nothing was applied. */
  superseded?: boolean
}

/** An instant on the database's clock to the millisecond (the precision of Payload's date columns), as PostgreSQL writes it. */
export type DatabaseInstant = string

/** The database's clock now (clock_timestamp, not the transaction's start), outside any transaction. */
export async function databaseNow(payload: Payload): Promise<DatabaseInstant> {
  const { rows } = await payload.db.drizzle.execute(
    sql`SELECT date_trunc('milliseconds', clock_timestamp())::text AS now`,
  )
  return (rows[0] as { now: string }).now
}

/**
 * Under the row's lock: stamps `readAt` on the row when it is later than the read the row holds (or it holds none),
 * and says whether it was; an earlier read must not be applied over a later one.
 */
async function claimNewerRead(req: PayloadRequest, id: number, readAt: DatabaseInstant): Promise<boolean> {
  const claimed = await runSql(
    req,
    sql`UPDATE ${s} SET ${s.stripe_read_at} = ${readAt}::timestamptz
      WHERE ${s.id} = ${id} AND (${s.stripe_read_at} IS NULL OR ${s.stripe_read_at} < ${readAt}::timestamptz) RETURNING ${s.id}`,
  )
  return claimed.rows.length > 0
}

const stampRead = (req: PayloadRequest, id: number, readAt: DatabaseInstant) =>
  runSql(req, sql`UPDATE ${s} SET ${s.stripe_read_at} = ${readAt}::timestamptz WHERE ${s.id} = ${id}`)

const s = tables.vendorSubscriptions

const iso = (seconds: number | null | undefined): string | null =>
  seconds ? new Date(seconds * 1000).toISOString() : null
const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)
const priceId = (price: string | Stripe.Price | Stripe.DeletedPrice) => (typeof price === 'string' ? price : price.id)

export type Catalog = { tiers: SubscriptionTier[]; addOns: AddOn[] }

/** A platform's tiers and add-ons, to tell which Stripe price is which. */
export async function platformCatalog(req: PayloadRequest, platformId: number): Promise<Catalog> {
  const [tiers, addOns] = await Promise.all([
    req.payload.find({
      collection: 'subscription-tiers',
      where: { platform: { equals: platformId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'add-ons',
      where: { platform: { equals: platformId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  return { tiers: tiers.docs, addOns: addOns.docs }
}

type Resolved = { tier?: { id: number; billingPeriod: BillingPeriod }; addOns: number[] }

/**
 * Which tier (and billing period) and add-ons a set of Stripe prices stands for: the tier whose stripePriceMonthly
 * or stripePriceAnnual is the price, the add-on whose stripePrice is; a price an edit has since replaced on the tier
 * is recognised by the metadata our price sync gives every price (`tier` / `addOn` code and its interval).
 */
export function resolvePrices(catalog: Catalog, prices: (string | Stripe.Price | Stripe.DeletedPrice)[]): Resolved {
  const resolved: Resolved = { addOns: [] }
  for (const price of prices) {
    const id = priceId(price)
    const full = typeof price === 'object' && !('deleted' in price && price.deleted) ? (price as Stripe.Price) : null
    const byId = catalog.tiers.find((tier) => tier.stripePriceMonthly === id || tier.stripePriceAnnual === id)
    if (byId) {
      resolved.tier ??= { id: byId.id, billingPeriod: byId.stripePriceAnnual === id ? 'annual' : 'monthly' }
      continue
    }
    const addOn =
      catalog.addOns.find((candidate) => candidate.stripePrice === id) ??
      (full?.metadata?.addOn ? catalog.addOns.find((candidate) => candidate.code === full.metadata.addOn) : undefined)
    if (addOn) {
      if (!resolved.addOns.includes(addOn.id)) resolved.addOns.push(addOn.id)
      continue
    }
    const byCode = full?.metadata?.tier ? catalog.tiers.find((tier) => tier.code === full.metadata.tier) : undefined
    if (byCode)
      resolved.tier ??= { id: byCode.id, billingPeriod: full?.recurring?.interval === 'year' ? 'annual' : 'monthly' }
  }
  resolved.addOns.sort((a, b) => a - b)
  return resolved
}

/** The schedule's phase after the current one, if the schedule is still running. */
function nextPhase(schedule: Stripe.SubscriptionSchedule | null, now: Date): Stripe.SubscriptionSchedule.Phase | null {
  if (!schedule || (schedule.status !== 'active' && schedule.status !== 'not_started')) return null
  const after = schedule.current_phase?.end_date ?? Math.floor(now.getTime() / 1000)
  return (
    [...schedule.phases].sort((a, b) => a.start_date - b.start_date).find((phase) => phase.start_date >= after) ?? null
  )
}

/** What our row should say for a subscription as Stripe has it now. Null when its tier price is none of ours. */
export function stateFromStripe(
  subscription: Stripe.Subscription,
  catalog: Catalog,
  now: Date,
): StripeSubscriptionState | null {
  const items = subscription.items.data
  const current = resolvePrices(
    catalog,
    items.map((item) => item.price),
  )
  if (!current.tier) return null
  const tierItem = items.find((item) => resolvePrices(catalog, [item.price]).tier) ?? items[0]
  const schedule = typeof subscription.schedule === 'object' ? subscription.schedule : null

  let pending: (Resolved & { at: string | null }) | null = null
  const phase = nextPhase(schedule, now)
  if (phase)
    pending = {
      ...resolvePrices(
        catalog,
        phase.items.map((item) => item.price),
      ),
      at: iso(phase.start_date),
    }
  else if (subscription.pending_update?.subscription_items) {
    pending = {
      ...resolvePrices(
        catalog,
        subscription.pending_update.subscription_items.map((item) => item.price),
      ),
      at: null,
    }
  }
  const tierChanges = Boolean(
    pending?.tier && (pending.tier.id !== current.tier.id || pending.tier.billingPeriod !== current.tier.billingPeriod),
  )
  const anyChange = Boolean(pending && (tierChanges || pending.addOns.join() !== current.addOns.join()))

  return {
    status: STRIPE_STATUS[subscription.status] ?? 'past_due',
    tier: current.tier.id,
    billingPeriod: current.tier.billingPeriod,
    currentPeriodStart: iso(tierItem?.current_period_start),
    currentPeriodEnd: iso(tierItem?.current_period_end),
    trialEndsAt: iso(subscription.trial_end),
    addOns: current.addOns,
    cancelAtPeriodEnd: subscription.cancel_at_period_end || subscription.cancel_at !== null,
    pendingTier: tierChanges ? pending!.tier!.id : null,
    pendingBillingPeriod: tierChanges ? pending!.tier!.billingPeriod : null,
    pendingChangeAt: anyChange ? pending!.at : null,
    stripeScheduleId:
      schedule && (schedule.status === 'active' || schedule.status === 'not_started') ? schedule.id : null,
  }
}

/** The fields where `row` differs from `state`. */
function differences(row: VendorSubscription, state: StripeSubscriptionState): (keyof StripeSubscriptionState)[] {
  const addOnIds = (row.addOns ?? []).map((addOn) => relationId(addOn)!).sort((a, b) => a - b)
  const same: Record<keyof StripeSubscriptionState, boolean> = {
    status: row.status === state.status,
    tier: relationId(row.tier) === state.tier,
    billingPeriod: row.billingPeriod === state.billingPeriod,
    currentPeriodStart: sameInstant(row.currentPeriodStart, state.currentPeriodStart),
    currentPeriodEnd: sameInstant(row.currentPeriodEnd, state.currentPeriodEnd),
    trialEndsAt: sameInstant(row.trialEndsAt, state.trialEndsAt),
    addOns: addOnIds.join() === state.addOns.join(),
    cancelAtPeriodEnd: Boolean(row.cancelAtPeriodEnd) === state.cancelAtPeriodEnd,
    pendingTier: (relationId(row.pendingTier) ?? null) === state.pendingTier,
    pendingBillingPeriod: (row.pendingBillingPeriod ?? null) === state.pendingBillingPeriod,
    pendingChangeAt: sameInstant(row.pendingChangeAt, state.pendingChangeAt),
    stripeScheduleId: (row.stripeScheduleId ?? null) === state.stripeScheduleId,
  }
  return (Object.keys(same) as (keyof StripeSubscriptionState)[]).filter((key) => !same[key])
}

/** Stripe's subscription as it is now, with what the sync reads expanded (the schedule; items carry their prices). */
export const retrieveStripeSubscription = (stripe: Stripe, stripeSubscriptionId: string) =>
  stripe.subscriptions.retrieve(stripeSubscriptionId, { expand: ['schedule'] })

/** A subscription read from Stripe and when the read began, on the database's clock (one clock for every process). */
export type StripeRead = { subscription: Stripe.Subscription; readAt: DatabaseInstant }

/** retrieveStripeSubscription, its start stamped (databaseNow): what syncSubscriptionFromStripe orders reads by. */
export async function readStripeSubscription(
  payload: Payload,
  stripe: Stripe,
  stripeSubscriptionId: string,
): Promise<StripeRead> {
  const readAt = await databaseNow(payload)
  return { subscription: await retrieveStripeSubscription(stripe, stripeSubscriptionId), readAt }
}

/**
 * Applies the CURRENT state of a Stripe subscription (read fresh from Stripe, never from an event body) to our
 * vendor-subscriptions row holding its id: status (STRIPE_STATUS), tier and billing period (by the tier item's
 * price), current period (Stripe keeps it on the items), trial end, add-ons (items whose price is an add-on's),
 * cancel at period end, and the change waiting in the schedule's next phase (or the pending update).
 *
 * Stripe is read before any transaction (pass `read` when the caller has read it, with readStripeSubscription or
 * with its own stamp taken before its Stripe call); then, in a short transaction, the row is locked (FOR UPDATE) and
 * the read applied ONLY IF it began after the read the row holds (`stripeReadAt`, the database's clock): two syncs of
 * one subscription that overlap (two webhooks, a webhook and a plan change) each read Stripe outside the lock, and the
 * one that began later wins whichever commits last. That converges: every change at Stripe sends an event whose read
 * begins after the change, and the latest-begun read is the one the row keeps. An older read returns
 * `superseded: true` and writes nothing. Idempotent: the same state applied twice writes nothing the second time.
 * A new period resets ordersThisPeriod once (resetPeriodIfNew, shared with the period-reset job).
 *
 * Returns null when no row holds this subscription, or its tier price is none of its platform's.
 */
export async function syncSubscriptionFromStripe(
  req: PayloadRequest,
  stripeSubscriptionId: string,
  options: { now?: Date; read?: StripeRead } = {},
): Promise<SyncResult | null> {
  const now = options.now ?? new Date()
  const { subscription, readAt } =
    options.read ?? (await readStripeSubscription(req.payload, stripeClient(), stripeSubscriptionId))

  return inTransaction(req, async () => {
    const id = await lockSubscriptionByStripeId(req, stripeSubscriptionId)
    if (id === undefined) return null
    const before = await req.payload.findByID({
      collection: 'vendor-subscriptions',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!(await claimNewerRead(req, id, readAt)))
      return { subscription: before, changed: [], periodReset: false, superseded: true }
    const platformId = relationId(before.platform)!
    const state = stateFromStripe(subscription, await platformCatalog(req, platformId), now)
    if (!state) {
      req.payload.logger.warn({
        msg: `Stripe subscription ${stripeSubscriptionId} has no price of a tier of platform ${platformId}: not synced.`,
      })
      return null
    }

    const periodReset = state.currentPeriodStart ? await resetPeriodIfNew(req, id, state.currentPeriodStart) : false
    const row = periodReset
      ? await req.payload.findByID({ collection: 'vendor-subscriptions', id, depth: 0, overrideAccess: true, req })
      : before
    const changed = differences(row, state)
    if (changed.length === 0) return { subscription: row, changed, periodReset }
    // A system write of Stripe's state (the tier and add-ons were just found on the row's own platform): at the
    // database level, as the collection's hooks judge writes by the signed-in user, who may be the vendor owner.
    await req.payload.db.updateOne({
      collection: 'vendor-subscriptions',
      id,
      // The whole row, as Payload's own update hands it to the adapter (it writes every column it is given).
      data: {
        ...row,
        ...Object.fromEntries(changed.map((key) => [key, state[key]])),
        updatedAt: new Date().toISOString(),
      },
      req,
      returning: false,
    })
    await stampRead(req, id, readAt) // the whole-row write above put back the stamp `row` was read with
    const subscriptionRow = await req.payload.findByID({
      collection: 'vendor-subscriptions',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { subscription: subscriptionRow, changed, periodReset }
  })
}

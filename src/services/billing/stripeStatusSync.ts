import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import { reconcileDunning } from '@/services/dunning/dunning'
import { stripeClient } from '@/services/stripe/client'

import { inTransaction } from '../transactions'

import { databaseNow, syncSubscriptionFromStripe } from './syncFromStripe'

export type StripeStatusSyncResult = {
  /** Stripe subscriptions listed (every status), over `pages` list calls. */
  listed: number
  pages: number
  /** Our rows holding a Stripe subscription, and how many of them drifted and were fixed. */
  ours: number
  fixed: number
  /** Rows whose Stripe subscription Stripe does not list (deleted at Stripe, or another account's). */
  missingAtStripe: number
}

/** Stripe's largest page. */
const PAGE_SIZE = 100

/**
 * Reconciles every Stripe-billed vendor subscription with Stripe: lists Stripe's subscriptions page by page (100 a
 * call, every status, each with its schedule expanded), not one call per vendor, then applies each one we hold
 * through syncSubscriptionFromStripe (the webhook's own sync, which writes only what differs, resets a new period
 * once and keeps the row lock discipline), and reconciles dunning as the webhook does. Each fix is logged with the
 * fields it changed. The listing completes before anything is written: Stripe unreachable mid-way throws (the job is
 * retried) with nothing changed. Run twice, the second run finds nothing to fix.
 */
export async function syncStripeStatus(
  req: PayloadRequest,
  now: Date,
  { pageSize = PAGE_SIZE }: { pageSize?: number } = {},
): Promise<StripeStatusSyncResult> {
  const held = await req.payload.find({
    collection: 'vendor-subscriptions',
    where: { stripeSubscriptionId: { exists: true } },
    select: { stripeSubscriptionId: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ours = new Set(held.docs.map((row) => row.stripeSubscriptionId).filter((id): id is string => Boolean(id)))
  if (ours.size === 0) return { listed: 0, pages: 0, ours: 0, fixed: 0, missingAtStripe: 0 }

  const stripe = stripeClient()
  const listed: Stripe.Subscription[] = []
  // The listing's reads are stamped with its start: a webhook's read that began later is not overwritten by them.
  const readAt = await databaseNow(req.payload)
  let pages = 0
  let startingAfter: string | undefined
  for (;;) {
    const page = await stripe.subscriptions.list({
      status: 'all',
      limit: pageSize,
      expand: ['data.schedule'],
      ...(startingAfter ? { starting_after: startingAfter } : {}),
    })
    pages += 1
    listed.push(...page.data)
    if (!page.has_more || page.data.length === 0) break
    startingAfter = page.data[page.data.length - 1].id
  }

  let fixed = 0
  const seen = new Set<string>()
  for (const subscription of listed) {
    if (!ours.has(subscription.id)) continue
    seen.add(subscription.id)
    // One transaction per subscription, as the webhook: the sync's row lock holds through the dunning reconcile.
    const outcome = await inTransaction(req, async () => {
      const synced = await syncSubscriptionFromStripe(req, subscription.id, { now, read: { subscription, readAt } })
      if (!synced || (synced.changed.length === 0 && !synced.periodReset)) return null
      return { synced, dunning: await reconcileDunning(req, synced.subscription.id, now) }
    })
    if (!outcome) continue
    const { synced, dunning } = outcome
    fixed += 1
    req.payload.logger.info({
      msg: `syncStripeStatus fixed vendor subscription ${synced.subscription.id} from Stripe ${subscription.id}`,
      changed: synced.changed,
      periodReset: synced.periodReset,
      dunning,
    })
  }
  const missing = [...ours].filter((id) => !seen.has(id))
  if (missing.length > 0)
    req.payload.logger.warn({
      msg: `syncStripeStatus: ${missing.length} vendor subscription(s) hold a Stripe subscription Stripe does not list`,
      stripeSubscriptionIds: missing.slice(0, 20),
    })
  return { listed: listed.length, pages, ours: ours.size, fixed, missingAtStripe: missing.length }
}

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { lockRows } from '@/services/db/locks'
import { addOns, subscriptionTiers } from '@/services/db/tables'
import { relationId } from '@/utilities/relationId'

import { stripeClient } from './client'
import {
  missingStripePrice,
  STRIPE_PRICE_FIELDS,
  STRIPE_PRICE_SYNC_CONTEXT,
  type StripePricedCollection,
} from './priceSyncTarget'
import { syncAddOnPrice, syncTierPrices } from './syncPrices'

const TABLES = { 'subscription-tiers': subscriptionTiers, 'add-ons': addOns } satisfies Record<
  StripePricedCollection,
  unknown
>

export type StoredPriceSync = { status: 'synced' | 'unchanged' | 'gone' }

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a tier or an add-on, read by field name
type Row = Record<string, any>

/**
 * Gives a tier or add-on the Stripe prices its amounts lack and stores their ids. Stripe is called outside any
 * transaction; the write-back then locks the row and stores a price only where the row still has the amount it was
 * made for and no id: an amount edited meanwhile was cleared by staleStripePrices and queued a job of its own.
 * Only the ids are written (staleStripePrices sees no amount change), flagged so queueStripePriceSync does not
 * queue again. Throws StripeNotConfiguredError (503) without STRIPE_SECRET_KEY, and Stripe's errors as they come.
 */
export async function syncStoredStripePrices(
  payload: Payload,
  collection: StripePricedCollection,
  id: number | string,
): Promise<StoredPriceSync> {
  const pairs: Record<string, string> = STRIPE_PRICE_FIELDS[collection]
  const read = async (req?: Awaited<ReturnType<typeof createLocalReq>>): Promise<Row | undefined> =>
    (
      await payload.find({
        collection,
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        req,
      })
    ).docs[0] as Row | undefined

  const row = await read()
  if (!row) return { status: 'gone' }
  if (!missingStripePrice(pairs, row)) return { status: 'unchanged' }

  const platform = await payload.findByID({
    collection: 'platforms',
    id: relationId(row.platform)!,
    depth: 0,
    overrideAccess: true,
  })
  const stripe = stripeClient()
  const prices: Record<string, string | null> =
    collection === 'subscription-tiers'
      ? await syncTierPrices(stripe, {
          platformCode: platform.code,
          code: row.code,
          name: row.name,
          priceMonthly: row.priceMonthly,
          priceAnnual: row.priceAnnual,
          stripePriceMonthly: row.stripePriceMonthly,
          stripePriceAnnual: row.stripePriceAnnual,
        })
      : await syncAddOnPrice(stripe, {
          platformCode: platform.code,
          code: row.code,
          name: row.name,
          price: row.price,
          interval: row.interval,
          stripePrice: row.stripePrice,
        })

  const req = await createLocalReq({ context: { [STRIPE_PRICE_SYNC_CONTEXT]: true } }, payload)
  await initTransaction(req)
  try {
    const table = TABLES[collection]
    await lockRows(req, table, table.id, Number(id))
    const now = await read(req)
    const data: Record<string, string | null> = {}
    for (const [amountField, priceField] of Object.entries(pairs)) {
      if (now && now[amountField] === row[amountField] && !now[priceField] && prices[priceField])
        data[priceField] = prices[priceField]
    }
    if (now && Object.keys(data).length > 0) {
      await payload.update({
        collection,
        id,
        data,
        depth: 0,
        overrideAccess: true,
        context: { [STRIPE_PRICE_SYNC_CONTEXT]: true },
        req,
      })
    }
    await commitTransaction(req)
    return { status: !now ? 'gone' : Object.keys(data).length > 0 ? 'synced' : 'unchanged' }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

import { APIError, createLocalReq, type Payload } from 'payload'

import type { LetzshopSyncRun } from '@/payload-types'
import { LimitReached } from '@/services/errors'
import { type CreatedOrders, createOrders, type OrderInput } from '@/services/orders/createOrder'
import { inTransaction } from '@/services/transactions'

import type { LetzshopOrder } from '../queries'

/** Which of these Letzshop ids the vendor has imported already (one query per page). */
export async function importedIds(payload: Payload, vendorId: number, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set()
  const { docs } = await payload.find({
    collection: 'orders',
    where: { and: [{ vendor: { equals: vendorId } }, { externalId: { in: externalIds } }] },
    select: { externalId: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => doc.externalId!))
}

/** The vendor's products with these SKUs, by SKU (one query per page). */
export async function productsBySku(payload: Payload, vendorId: number, skus: string[]): Promise<Map<string, number>> {
  const wanted = [...new Set(skus)]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'products',
    where: { and: [{ vendor: { equals: vendorId } }, { sku: { in: wanted } }] },
    select: { sku: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [doc.sku, doc.id]))
}

/** A Letzshop shipment as the input of createOrder: one line per inventory unit, linked to our product by SKU. */
export const orderInput = (
  order: LetzshopOrder,
  { vendorId, platformId, products }: { vendorId: number; platformId: number; products: Map<string, number> },
): OrderInput => ({
  vendorId,
  platformId,
  source: 'letzshop',
  externalId: order.externalId,
  customerName: order.customerName,
  customerEmail: order.customerEmail ?? undefined,
  placedAt: order.placedAt,
  shippingAddress: order.shippingAddress,
  lines: order.units.map((unit) => ({
    description: unit.name,
    sku: unit.sku,
    product: (unit.sku && products.get(unit.sku)) || null,
    quantity: 1,
    unitPrice: unit.unitPrice,
    letzshopUnitId: unit.id,
    letzshopState: 'unconfirmed',
  })),
})

/**
 * Imports a page of one vendor's orders in one transaction, through createOrders (the monthly limit, counted once for
 * the page, and the `letzshop_sync` feature apply as for any order): the orders written, those that existed already
 * (a concurrent run got there first: the unique (vendor, externalId) index decides) and those the limit holds back.
 * With no order left in the period the limit's refusal is thrown, nothing written.
 */
export async function importOrders(
  payload: Payload,
  { vendorId, platformId, orders }: { vendorId: number; platformId: number; orders: OrderInput[] },
): Promise<CreatedOrders> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, () => createOrders(payload, req, { vendorId, platformId, orders }))
}

/** One order in its own transaction (importOrders): 'imported', or 'skipped' when it exists already. */
export async function importOrder(payload: Payload, input: OrderInput): Promise<'imported' | 'skipped'> {
  const { created } = await importOrders(payload, {
    vendorId: input.vendorId,
    platformId: input.platformId,
    orders: [input],
  })
  return created > 0 ? 'imported' : 'skipped'
}

/** The order limit's refusal, as a hook throws it (refusalsInHooks turns it into an APIError with `data.limit`). */
const isLimitReached = (error: unknown) =>
  error instanceof LimitReached ||
  (error instanceof APIError && (error.data as { limit?: boolean } | null)?.limit === true)

export type ImportCounts = Pick<LetzshopSyncRun, 'imported' | 'skipped' | 'heldByLimit'>

/**
 * One run's import of a vendor's Letzshop orders, batch by batch (`add`), each in its own transaction through
 * importOrders, lines linked to the vendor's products by SKU, counted in `counts`. Once the monthly limit held an
 * order back (`limitHit`), later batches are only counted: what exists as skipped, the rest as held by the limit.
 */
export function vendorImporter(payload: Payload, { vendorId, platformId }: { vendorId: number; platformId: number }) {
  const counts: ImportCounts = { imported: 0, skipped: 0, heldByLimit: 0 }
  let limitHit = false
  const countOnly = async (orders: LetzshopOrder[]) => {
    const known = await importedIds(
      payload,
      vendorId,
      orders.map((order) => order.externalId),
    )
    counts.skipped += known.size
    counts.heldByLimit += orders.length - known.size
  }
  return {
    counts,
    get limitHit() {
      return limitHit
    },
    async add(orders: LetzshopOrder[]): Promise<void> {
      if (limitHit) return countOnly(orders)
      const products = await productsBySku(
        payload,
        vendorId,
        orders.flatMap((order) => order.units.flatMap((unit) => (unit.sku ? [unit.sku] : []))),
      )
      try {
        const written = await importOrders(payload, {
          vendorId,
          platformId,
          orders: orders.map((order) => orderInput(order, { vendorId, platformId, products })),
        })
        counts.imported += written.created
        counts.skipped += written.existing
        counts.heldByLimit += written.heldByLimit
        limitHit = written.heldByLimit > 0
      } catch (refusal) {
        if (!isLimitReached(refusal)) throw refusal
        limitHit = true
        await countOnly(orders)
      }
    },
  }
}

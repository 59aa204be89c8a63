import { createLocalReq, type Payload } from 'payload'

import { createOrderOnce, type OrderInput } from '@/services/orders/createOrder'

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
 * Imports one order in its own transaction, through createOrder (the monthly limit and the `letzshop_sync` feature
 * apply as for any order): 'imported', or 'skipped' when it exists already (a concurrent run got there first: the
 * unique (vendor, externalId) index decides). A refusal (the limit) is thrown with nothing written.
 */
export async function importOrder(payload: Payload, input: OrderInput): Promise<'imported' | 'skipped'> {
  const req = await createLocalReq({}, payload)
  try {
    return (await createOrderOnce(payload, input, req)).created ? 'imported' : 'skipped'
  } catch (error) {
    const found = await importedIds(payload, input.vendorId, [input.externalId!])
    if (found.size > 0) return 'skipped'
    throw error
  }
}

import type { Payload, PayloadRequest } from 'payload'

import type { Order } from '@/payload-types'

export type OrderInput = {
  vendorId: number
  platformId: number
  source: 'direct' | 'letzshop'
  externalId?: string
  customerName: string
  customerEmail?: string
  lines: {
    description: string
    sku?: string | null
    /** Our product with the line's SKU (the vendor's own). */
    product?: number | null
    quantity: number
    unitPrice: number
    letzshopUnitId?: string
    letzshopState?: 'unconfirmed' | 'confirmed_available' | 'confirmed_unavailable'
  }[]
  shippingAddress?: {
    name?: string | null
    street?: string | null
    postalCode?: string | null
    city?: string | null
    country?: string | null
  }
  placedAt?: string
}

/**
 * The one server-side path that creates orders (imports, the Letzshop sync). Tier limits, totals and
 * the period counter are applied by the collection's hooks, exactly as for the admin and REST.
 * Idempotent on (vendor, externalId): importing the same Letzshop order twice returns the first.
 */
export async function createOrder(payload: Payload, input: OrderInput, req?: Partial<PayloadRequest>): Promise<Order> {
  return (await createOrderOnce(payload, input, req)).order
}

/** createOrder, saying whether it created the order (false: it existed under that externalId). */
export async function createOrderOnce(
  payload: Payload,
  input: OrderInput,
  req?: Partial<PayloadRequest>,
): Promise<{ order: Order; created: boolean }> {
  if (input.externalId) {
    const existing = await payload.find({
      collection: 'orders',
      where: { and: [{ vendor: { equals: input.vendorId } }, { externalId: { equals: input.externalId } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (existing.docs[0]) return { order: existing.docs[0], created: false }
  }
  const order = await payload.create({
    collection: 'orders',
    overrideAccess: true,
    req,
    data: {
      vendor: input.vendorId,
      platform: input.platformId,
      source: input.source,
      externalId: input.externalId,
      customerName: input.customerName,
      customerEmail: input.customerEmail,
      lines: input.lines,
      shippingAddress: input.shippingAddress,
      status: 'pending',
      placedAt: input.placedAt ?? new Date().toISOString(),
    },
  })
  return { order, created: true }
}

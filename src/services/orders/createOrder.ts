import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Order } from '@/payload-types'

import * as tables from '../db/tables'
import { requireFeature } from '../features'
import { LIMIT_RULES } from '../limitRules'
import { assertVendorWritable } from '../subscriptions/readOnly'
import { uncountOrdersInPeriod } from '../subscriptions/subscriptionRows'
import { runSql } from '../transactions'

import { consumeOrderQuota } from './orderQuota'
import { orderTotals } from './orderTotals'

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
 * The one server-side path that creates an order (imports; the Letzshop sync's single orders). Tier limits, totals
 * and the period counter are applied by the collection's hooks, exactly as for the admin and REST; createOrders is
 * its set-based twin for many orders of one vendor.
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

const ORDER_QUOTA = LIMIT_RULES.find((rule) => rule.counter === 'billingPeriod' && rule.collection === 'orders')!

/** Whether the set-based path can write the order as it is: what the collection's validation would accept. */
const plainOrder = (input: OrderInput) =>
  Boolean(input.externalId) &&
  input.customerName.trim() !== '' &&
  input.lines.length > 0 &&
  input.lines.every(
    (line) =>
      line.description.trim() !== '' &&
      Number.isInteger(line.quantity) &&
      line.quantity > 0 &&
      Number.isInteger(line.unitPrice) &&
      line.unitPrice >= 0,
  )

export type CreatedOrders = { created: number; existing: number; heldByLimit: number }

/**
 * Many new orders of one vendor with external ids (a Letzshop page), in the caller's transaction, set-based: the same
 * rules as createOrder's hooks without a Payload create per order. The feature when they come from Letzshop
 * (requireFeature, as featureGate), the read-only rule (assertVendorWritable, as the vendorOwned plugin), totals
 * (orderTotals), and the monthly quota counted once for all of them by consumeOrderQuota, the rule's one place,
 * which answers how many the plan still allows: the first that many are written, the rest are `heldByLimit`; with
 * none allowed it throws the limit's refusal. Idempotent on (vendor, externalId): existing ones are skipped (the
 * unique index decides between concurrent imports, and the quota of an order another import wrote meanwhile is given
 * back). An order the set-based write cannot take as it is goes through createOrder, and its validation.
 */
export async function createOrders(
  payload: Payload,
  req: PayloadRequest,
  { vendorId, platformId, orders }: { vendorId: number; platformId: number; orders: OrderInput[] },
): Promise<CreatedOrders> {
  const outcome: CreatedOrders = { created: 0, existing: 0, heldByLimit: 0 }
  if (orders.length === 0) return outcome
  if (orders.some((order) => order.source === 'letzshop'))
    await requireFeature(req, vendorId, platformId, 'letzshop_sync')
  await assertVendorWritable(req, vendorId, platformId)
  const o = tables.orders
  const known = await runSql(
    req,
    sql`SELECT ${o.external_id} FROM ${o} WHERE ${o.vendor_id} = ${vendorId}
      AND ${o.external_id} IN (SELECT jsonb_array_elements_text(${JSON.stringify(orders.map((order) => order.externalId ?? ''))}::jsonb))`,
  )
  const existing = new Set(known.rows.map((row) => String(row.external_id)))
  const fresh = orders.filter((order) => !existing.has(order.externalId ?? ''))
  outcome.existing = orders.length - fresh.length
  if (fresh.length === 0) return outcome
  const allowed = await consumeOrderQuota(req, vendorId, platformId, ORDER_QUOTA, fresh.length)
  const taken = fresh.slice(0, allowed)
  outcome.heldByLimit = fresh.length - taken.length
  const plain = taken.filter(plainOrder)
  // An unusual order (no external id, a fractional quantity): counted above, so its Payload create must not count it
  // again; handing its count back first keeps one counter path, the hook's.
  const unusual = taken.filter((order) => !plainOrder(order))
  await uncountOrdersInPeriod(req, vendorId, platformId, unusual.length)
  for (const order of unusual) {
    if ((await createOrderOnce(payload, order, req)).created) outcome.created++
    else outcome.existing++
  }
  if (plain.length === 0) return outcome
  const rows = plain.map((order) => {
    const { lines, total } = orderTotals(order.lines)
    return {
      external_id: order.externalId,
      source: order.source,
      customer_name: order.customerName,
      customer_email: order.customerEmail ?? null,
      total,
      placed_at: order.placedAt ?? new Date().toISOString(),
      ship_name: order.shippingAddress?.name ?? null,
      ship_street: order.shippingAddress?.street ?? null,
      ship_postal_code: order.shippingAddress?.postalCode ?? null,
      ship_city: order.shippingAddress?.city ?? null,
      ship_country: order.shippingAddress?.country ?? null,
      lines: lines.map((line) => ({
        description: line.description,
        sku: line.sku ?? null,
        product: line.product ?? null,
        quantity: line.quantity,
        unit_price: line.unitPrice,
        line_total: line.lineTotal,
        unit_id: line.letzshopUnitId ?? null,
        state: line.letzshopState ?? null,
      })),
    }
  })
  const l = tables.ordersLines
  const written = await runSql(
    req,
    sql`WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(external_id text, source text,
        customer_name text, customer_email text, total bigint, placed_at timestamptz, ship_name text, ship_street text,
        ship_postal_code text, ship_city text, ship_country text, lines jsonb)
    ), inserted AS (
      INSERT INTO ${o} (${o.vendor_id}, ${o.platform_id}, ${o.source}, ${o.external_id}, ${o.customer_name},
        ${o.customer_email}, ${o.total}, ${o.status}, ${o.placed_at}, ${o.shipping_address_name},
        ${o.shipping_address_street}, ${o.shipping_address_postal_code}, ${o.shipping_address_city},
        ${o.shipping_address_country})
      SELECT ${vendorId}, ${platformId}, source::${tables.orderSourceEnum}, external_id, customer_name, customer_email, total,
        'pending', placed_at, ship_name, ship_street, ship_postal_code, ship_city, ship_country
      FROM input
      ON CONFLICT (${o.vendor_id}, ${o.external_id}) DO NOTHING
      RETURNING ${o.id}, ${o.external_id}
    ), written_lines AS (
      INSERT INTO ${l} (${l._order}, ${l._parent_id}, ${l.id}, ${l.description}, ${l.sku}, ${l.product_id},
        ${l.quantity}, ${l.unit_price}, ${l.line_total}, ${l.letzshop_unit_id}, ${l.letzshop_state})
      SELECT line.n, inserted.id, left(replace(gen_random_uuid()::text, '-', ''), 24), line.value->>'description',
        line.value->>'sku', (line.value->>'product')::int, (line.value->>'quantity')::numeric,
        (line.value->>'unit_price')::numeric, (line.value->>'line_total')::numeric, line.value->>'unit_id',
        (line.value->>'state')::${tables.orderLineLetzshopStateEnum}
      FROM inserted JOIN input ON input.external_id = inserted.external_id
      CROSS JOIN LATERAL jsonb_array_elements(input.lines) WITH ORDINALITY AS line(value, n)
    )
    SELECT count(*)::int AS created FROM inserted`,
  )
  const created = Number((written.rows[0] as { created: number }).created)
  // Written meanwhile by a concurrent import (the unique index said so): theirs, and their quota given back.
  await uncountOrdersInPeriod(req, vendorId, platformId, plain.length - created)
  outcome.created += created
  outcome.existing += plain.length - created
  return outcome
}

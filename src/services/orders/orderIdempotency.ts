import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { tryTransactionLock } from '../db/locks'
import * as tables from '../db/tables'
import { Conflict, InvalidInput } from '../errors'
import { runSql } from '../transactions'

/** A key is kept at least this long after its order (cleanupStale deletes older ones): the window for retries. */
export const ORDER_IDEMPOTENCY_RETENTION_HOURS = 24

/** What a client sends as its key: 1 to 255 visible ASCII characters, as Stripe takes them. */
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/

/** One order request made with a key: the key is the vendor's own, the hash says whether a retry is the same request. */
export type KeyedOrderRequest = { vendorId: number; key: string; requestHash: string }

const k = tables.orderIdempotencyKeys

/** The key as sent, or the refusal that names its rules. */
export function orderIdempotencyKey(sent: string): string {
  if (!KEY_SHAPE.test(sent)) throw new InvalidInput('idempotencyKeyMalformed')
  return sent
}

/** JSON with object keys sorted: the same body sent with its keys in another order is the same request. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((name) => [name, canonical((value as Record<string, unknown>)[name])]),
    )
  return value
}

/** SHA-256 (hex) of the request body, its object keys sorted. */
export const orderRequestHash = (body: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(body ?? null)))
    .digest('hex')

/**
 * Takes the request's key for the current transaction (the order's): a concurrent request with the same key, on any
 * app instance, is refused as in progress (Conflict) until this transaction ends, without waiting for it. Answers
 * the answer stored for the key when an earlier request with it committed (the caller replays it and creates
 * nothing), null when the key is new; the same key with another body is refused (InvalidInput).
 */
export async function claimOrderIdempotencyKey(
  req: PayloadRequest,
  { vendorId, key, requestHash }: KeyedOrderRequest,
): Promise<unknown> {
  if (!(await tryTransactionLock(req, 'order-idempotency', `${vendorId}:${key}`)))
    throw new Conflict('idempotencyKeyInFlight')
  const found = await runSql(
    req,
    sql`SELECT ${k.request_hash} AS hash, ${k.answer} AS answer FROM ${k}
        WHERE ${k.vendor_id} = ${vendorId} AND ${k.key} = ${key}`,
  )
  const earlier = found.rows[0] as { hash: string; answer: unknown } | undefined
  if (!earlier) return null
  if (earlier.hash !== requestHash) throw new InvalidInput('idempotencyKeyReused')
  return earlier.answer
}

/**
 * Stores the key with the order and its answer, in the order's transaction: the order and its key commit together or
 * not at all. The primary key (vendor, key) decides between requests that both got this far: the second is refused
 * as in progress, and its order rolled back with it.
 */
export async function recordOrderIdempotencyKey(
  req: PayloadRequest,
  { vendorId, key, requestHash }: KeyedOrderRequest,
  orderId: number,
  answer: unknown,
): Promise<void> {
  const written = await runSql(
    req,
    sql`INSERT INTO ${k} (${k.vendor_id}, ${k.key}, ${k.request_hash}, ${k.order_id}, ${k.answer})
        VALUES (${vendorId}, ${key}, ${requestHash}, ${orderId}, ${JSON.stringify(answer)}::jsonb)
        ON CONFLICT (${k.vendor_id}, ${k.key}) DO NOTHING RETURNING 1`,
  )
  if (written.rows.length === 0) throw new Conflict('idempotencyKeyInFlight')
}

/** Deletes the keys older than ORDER_IDEMPOTENCY_RETENTION_HOURS at `now` (cleanupStale): how many. */
export async function deleteExpiredOrderIdempotencyKeys(req: PayloadRequest, now: Date): Promise<number> {
  const deleted = await runSql(
    req,
    sql`DELETE FROM ${k} WHERE ${k.created_at} <
        ${now.toISOString()}::timestamptz - make_interval(hours => ${ORDER_IDEMPOTENCY_RETENTION_HOURS})`,
  )
  return deleted.rowCount ?? 0
}

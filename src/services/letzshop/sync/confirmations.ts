import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Order } from '@/payload-types'
import { lockRows } from '@/services/db/locks'
import * as tables from '@/services/db/tables'
import { Conflict, InvalidInput } from '@/services/errors'
import { inTransaction } from '@/services/transactions'
import { relationId } from '@/utilities/relationId'

import { LetzshopError } from '../errors'
import { decryptApiKey } from '../keyEncryption'
import {
  CONFIRM_INVENTORY_UNITS,
  type ConfirmInventoryUnitsData,
  SET_SHIPMENT_TRACKING,
  type SetShipmentTrackingData,
} from '../queries'

import { findConnection } from './connection'
import { DEFAULT_BACKOFF, queryWithBackoff } from './fetchWithBackoff'

export type UnitAnswer = { id: string; action: 'confirm' | 'decline' }

const STATE_OF = { confirm: 'confirmed_available', decline: 'confirmed_unavailable' } as const

type Line = NonNullable<Order['lines']>[number]

/** The order's status once every unit is answered: confirmed when any unit is available, else canceled. */
function settledStatus(lines: Line[], current: Order['status']): Order['status'] {
  if (current !== 'pending' || lines.some((line) => line.letzshopState === 'unconfirmed')) return current
  return lines.some((line) => line.letzshopState === 'confirmed_available') ? 'confirmed' : 'canceled'
}

/**
 * Records the vendor's answers on an imported Letzshop order (some units or all: partial confirmation) and a tracking
 * number, inside the caller's transaction with the order's row locked, and queues the job that sends them to Letzshop
 * (sendLetzshopConfirmation, retried while Letzshop fails). A unit already answered keeps its answer (409 to change
 * it); a unit not on the order is a 400.
 */
export async function recordLetzshopConfirmation(
  req: PayloadRequest,
  orderId: number,
  { units, trackingNumber }: { units: UnitAnswer[]; trackingNumber?: string },
): Promise<Order> {
  await lockRows(req, tables.orders, tables.orders.id, orderId)
  const order = await req.payload.findByID({ collection: 'orders', id: orderId, depth: 0, overrideAccess: true, req })
  if (order.source !== 'letzshop') throw new InvalidInput('letzshopOrderNotImported')
  const lines = order.lines ?? []
  for (const { id, action } of units) {
    const line = lines.find((candidate) => candidate.letzshopUnitId === id)
    if (!line) throw new InvalidInput('letzshopUnitUnknown', { id })
    if (line.letzshopState === STATE_OF[action]) continue
    if (line.letzshopState !== 'unconfirmed') throw new Conflict('letzshopUnitAnswered', { id })
    line.letzshopState = STATE_OF[action]
    line.letzshopSent = false
  }
  const tracking =
    trackingNumber && trackingNumber !== order.trackingNumber ? { trackingNumber, trackingSent: false } : {}
  const updated = await req.payload.update({
    collection: 'orders',
    id: orderId,
    data: { lines, ...tracking, status: settledStatus(lines, order.status) },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'sendLetzshopConfirmation', input: { order: orderId }, req })
  return updated
}

/**
 * Sends an order's unsent answers and tracking number to Letzshop with the vendor's key, then marks what Letzshop
 * took (the order's row locked, so answers recorded meanwhile stay unsent for the next job). Throws while Letzshop
 * fails, for the job to retry; an order whose vendor has disconnected has nothing to send with, and is left.
 */
export async function sendLetzshopConfirmation(
  payload: Payload,
  orderId: number,
): Promise<{ units: number; tracking: boolean }> {
  const order = await payload.findByID({ collection: 'orders', id: orderId, depth: 0, overrideAccess: true })
  const req = await createLocalReq({}, payload)
  const connection = await findConnection(req, relationId(order.vendor)!)
  if (!connection) return { units: 0, tracking: false }
  const { apiKey } = decryptApiKey(connection.apiKeySealed)
  const unsent = (order.lines ?? []).filter(
    (line) => line.letzshopUnitId && line.letzshopState && line.letzshopState !== 'unconfirmed' && !line.letzshopSent,
  )
  let accepted = new Set<string>()
  if (unsent.length > 0) {
    const data = await queryWithBackoff<ConfirmInventoryUnitsData>(
      CONFIRM_INVENTORY_UNITS,
      {
        units: unsent.map((line) => ({
          inventoryUnitId: line.letzshopUnitId,
          isAvailable: line.letzshopState === 'confirmed_available',
        })),
      },
      apiKey,
      DEFAULT_BACKOFF,
    )
    accepted = new Set(data.confirmInventoryUnits.inventoryUnits.map((unit) => unit.id))
  }
  const sendTracking = Boolean(order.trackingNumber && !order.trackingSent && order.externalId)
  if (sendTracking) {
    const data = await queryWithBackoff<SetShipmentTrackingData>(
      SET_SHIPMENT_TRACKING,
      { shipmentId: order.externalId, code: order.trackingNumber },
      apiKey,
      DEFAULT_BACKOFF,
    )
    if (data.setShipmentTracking.errors.length > 0) throw new LetzshopError('Letzshop refused the tracking number.')
  }

  await inTransaction(req, async () => {
    await lockRows(req, tables.orders, tables.orders.id, orderId)
    const current = await payload.findByID({ collection: 'orders', id: orderId, depth: 0, overrideAccess: true, req })
    const sentState = new Map(unsent.map((line) => [line.letzshopUnitId, line.letzshopState]))
    const lines = (current.lines ?? []).map((line) =>
      line.letzshopUnitId &&
      accepted.has(line.letzshopUnitId) &&
      sentState.get(line.letzshopUnitId) === line.letzshopState
        ? { ...line, letzshopSent: true }
        : line,
    )
    const tracking = sendTracking && current.trackingNumber === order.trackingNumber ? { trackingSent: true } : {}
    await payload.update({
      collection: 'orders',
      id: orderId,
      data: { lines, ...tracking },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
  if (accepted.size < unsent.length) throw new LetzshopError('Letzshop did not take every answer; retrying.')
  return { units: accepted.size, tracking: sendTracking }
}

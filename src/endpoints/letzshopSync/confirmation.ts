import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Order } from '@/payload-types'
import { NotFound } from '@/services/errors'
import { requireFeature } from '@/services/features'
import { recordLetzshopConfirmation } from '@/services/letzshop/sync/confirmations'
import { inTransaction } from '@/services/transactions'
import { relationId } from '@/utilities/relationId'
import { isVendorUser, userVendorIds } from '@/utilities/roles'

import { invoiceIdSchema } from '../invoices/invoiceAccess'
import { jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput } from '../validation'

import { refuse } from './syncAccess'

export const confirmationBody = z.strictObject({
  units: z
    .array(z.strictObject({ id: z.string().min(1).max(100), action: z.enum(['confirm', 'decline']) }))
    .min(1)
    .max(500),
  trackingNumber: z.string().trim().min(1).max(100).optional(),
})

export const orderIdParams = z.object({ id: invoiceIdSchema })

/**
 * The order of the path, for one of its vendor's users (owner or member) whose plan includes the sync; another
 * vendor's order, or none, is a 404 (its existence is not theirs to learn).
 */
async function usersOrder(req: PayloadRequest): Promise<Order> {
  if (!req.user) throw refuse({ reason: 'signed-out' })
  if (!isVendorUser(req.user)) throw refuse({ reason: 'role' })
  const id = invoiceIdSchema.safeParse(String(req.routeParams?.id ?? ''))
  const order = id.success
    ? await req.payload.findByID({
        collection: 'orders',
        id: id.data,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
    : null
  if (!order || !userVendorIds(req.user).includes(relationId(order.vendor)!))
    throw new NotFound('letzshopOrderNotFound')
  await requireFeature(req, relationId(order.vendor)!, relationId(order.platform)!, 'letzshop_sync')
  return order
}

export const unitsAnswer = (order: Order) => ({
  id: order.id,
  status: order.status,
  trackingNumber: order.trackingNumber ?? null,
  trackingSent: Boolean(order.trackingSent),
  units: (order.lines ?? [])
    .filter((line) => line.letzshopUnitId)
    .map((line) => ({
      id: line.letzshopUnitId!,
      sku: line.sku ?? null,
      description: line.description,
      state: line.letzshopState ?? 'unconfirmed',
      sent: Boolean(line.letzshopSent),
    })),
})

/**
 * POST /api/vendor/orders/:id/letzshop-confirmation {units: [{id, action}], trackingNumber?} (the order's vendor's
 * owner or member) → {order}: the answers recorded and queued for Letzshop (sendLetzshopConfirmation).
 */
export const letzshopConfirmationEndpoint: Endpoint = {
  path: '/vendor/orders/:id/letzshop-confirmation',
  method: 'post',
  handler: async (req) => {
    const body = parseInput(req, confirmationBody, await jsonBody(req))
    const order = await usersOrder(req)
    const updated = await inTransaction(req, () => recordLetzshopConfirmation(req, order.id, body))
    return noStore({ order: unitsAnswer(updated) })
  },
}

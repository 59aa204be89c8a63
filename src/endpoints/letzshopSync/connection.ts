import type { Endpoint } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { connectLetzshop, disconnectLetzshop, setConnectionStatus } from '@/services/letzshop/sync/connection'
import { inTransaction } from '@/services/transactions'

import { emptyBody, jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput, perLanguage, textParam } from '../validation'

import { syncVendor } from './syncAccess'
import { connectionAnswer } from './syncAnswer'

export const connectBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    apiKey: textParam(req, 'apiKey').trim().min(8, t(req, 'letzshopKeyRefused')).max(200, t(req, 'letzshopKeyRefused')),
  }),
)

export const statusBody = z.strictObject({ status: z.enum(['active', 'paused']) })

/** PUT /api/vendor/letzshop/connection[?vendor=SLUG] {apiKey} (vendor owner): connects, the key checked with Letzshop. */
export const putConnectionEndpoint: Endpoint = {
  path: '/vendor/letzshop/connection',
  method: 'put',
  handler: async (req) => {
    const { apiKey } = parseInput(req, connectBody(req), await jsonBody(req))
    const { vendor, platform } = await syncVendor(req, { ownersOnly: true })
    const connection = await inTransaction(req, () =>
      connectLetzshop(req, { vendorId: vendor.id, platformId: platform.id, apiKey, now: new Date() }),
    )
    return noStore({ connection: connectionAnswer(connection) })
  },
}

/** PATCH /api/vendor/letzshop/connection[?vendor=SLUG] {status: "active"|"paused"} (owner or member). */
export const patchConnectionEndpoint: Endpoint = {
  path: '/vendor/letzshop/connection',
  method: 'patch',
  handler: async (req) => {
    const { status } = parseInput(req, statusBody, await jsonBody(req))
    const { vendor } = await syncVendor(req)
    const connection = await inTransaction(req, () => setConnectionStatus(req, vendor.id, status))
    return noStore({ connection: connectionAnswer(connection) })
  },
}

/** DELETE /api/vendor/letzshop/connection[?vendor=SLUG] (vendor owner): the connection and its key deleted. */
export const deleteConnectionEndpoint: Endpoint = {
  path: '/vendor/letzshop/connection',
  method: 'delete',
  handler: async (req) => {
    await emptyBody(req)
    const { vendor } = await syncVendor(req, { ownersOnly: true })
    await inTransaction(req, () => disconnectLetzshop(req, vendor.id))
    return noStore({ connection: null })
  },
}

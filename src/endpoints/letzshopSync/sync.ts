import type { Endpoint } from 'payload'

import { findConnection, requestSyncRun } from '@/services/letzshop/sync/connection'
import { inTransaction } from '@/services/transactions'

import { emptyBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'

import { syncVendor } from './syncAccess'
import { connectionAnswer, runAnswer } from './syncAnswer'

/** The runs the history shows, latest first. */
export const HISTORY_RUNS = 20

/** POST /api/vendor/letzshop/sync[?vendor=SLUG] (owner or member) → 202 {runId}: a run now (the queued one, if any). */
export const postSyncEndpoint: Endpoint = {
  path: '/vendor/letzshop/sync',
  method: 'post',
  handler: async (req) => {
    await emptyBody(req)
    const { vendor } = await syncVendor(req)
    const { runId } = await inTransaction(req, () => requestSyncRun(req, vendor.id))
    return noStore({ runId }, { status: 202 })
  },
}

/** GET /api/vendor/letzshop/sync[?vendor=SLUG] (owner or member) → {connection, runs} (latest first). */
export const getSyncEndpoint: Endpoint = {
  path: '/vendor/letzshop/sync',
  method: 'get',
  handler: async (req) => {
    const { vendor } = await syncVendor(req)
    const connection = await findConnection(req, vendor.id)
    const { docs } = await req.payload.find({
      collection: 'letzshop-sync-runs',
      where: { vendor: { equals: vendor.id } },
      sort: '-createdAt',
      limit: HISTORY_RUNS,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return noStore({ connection: connection ? connectionAnswer(connection) : null, runs: docs.map(runAnswer) })
  },
}

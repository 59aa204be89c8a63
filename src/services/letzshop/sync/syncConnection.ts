import { APIError, createLocalReq, type Payload } from 'payload'

import type { LetzshopConnection, LetzshopSyncRun } from '@/payload-types'
import { Forbidden } from '@/services/errors'
import { requireFeature } from '@/services/features'
import { relationId } from '@/utilities/relationId'

import { LetzshopError, LetzshopKeyRefusedError, LetzshopUnavailableError } from '../errors'
import { decryptApiKey, encryptApiKey } from '../keyEncryption'
import type { LetzshopOrder } from '../queries'

import type { Backoff } from './fetchWithBackoff'
import { vendorImporter } from './importShipments'
import { releaseRunLease, renewRunLease, takeRunLease } from './runLease'
import { shipmentPages } from './shipmentPages'
import { notifyKeyFailing, notifyLimitReached } from './syncNotices'

export type SyncOptions = {
  now: Date
  /** Shipments asked per page. */
  pageSize: number
  /** Pages read per run at most (the run's bound); the rest waits for the next run. */
  maxPages: number
  backoff?: Backoff
  /** Orders read before they are imported in one transaction (BATCH_ORDERS). */
  batchOrders?: number
}

export type SyncOutcome = Pick<LetzshopSyncRun, 'id' | 'status' | 'imported' | 'skipped' | 'heldByLimit' | 'error'>

/** Orders imported per transaction: the pages read so far, up to this many. */
const BATCH_ORDERS = 1000

/** How long a run holds the vendor's lock without renewing it (a page takes far less). */
const LEASE_MS = 5 * 60_000

const update = <T extends 'letzshop-connections' | 'letzshop-sync-runs'>(
  payload: Payload,
  collection: T,
  id: number,
  data: Record<string, unknown>,
) => payload.update({ collection, id, data: data as never, depth: 0, overrideAccess: true })

/**
 * One sync run of one connection: under the vendor's lock (runLease: a second run at the same time, here or on
 * another instance, returns null and imports nothing), reads Letzshop's unconfirmed shipments page by page (at most
 * `maxPages`, reading ahead while it imports) and imports the new ones a batch of pages at a time, each batch in one
 * transaction through createOrders, recording the run (a run the owner queued is the one filled in). What was read
 * before a failure is imported all the same. At the monthly limit it stops importing and counts what waits (one mail per period); a key Letzshop
 * refuses makes the connection `failing` (one mail) and it is not tried again until a new key is given; Letzshop down
 * or rate-limiting past the back-off ends the run as failed, and the next run goes on where it stopped.
 */
export async function syncConnection(
  payload: Payload,
  connectionId: number,
  options: SyncOptions,
): Promise<SyncOutcome | null> {
  if (!(await takeRunLease(payload, connectionId, LEASE_MS))) return null
  try {
    const connection = await payload.findByID({
      collection: 'letzshop-connections',
      id: connectionId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!connection || connection.status !== 'active') return null
    return await runSync(payload, connection, options)
  } finally {
    await releaseRunLease(payload, connectionId)
  }
}

async function startRun(payload: Payload, connection: LetzshopConnection, now: Date): Promise<LetzshopSyncRun> {
  const vendorId = relationId(connection.vendor)!
  const { docs } = await payload.find({
    collection: 'letzshop-sync-runs',
    where: { and: [{ vendor: { equals: vendorId } }, { status: { equals: 'queued' } }] },
    sort: 'createdAt',
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const started = { status: 'running', startedAt: now.toISOString() }
  if (docs[0]) return update(payload, 'letzshop-sync-runs', docs[0].id, started) as Promise<LetzshopSyncRun>
  return payload.create({
    collection: 'letzshop-sync-runs',
    data: { ...started, vendor: vendorId, platform: relationId(connection.platform)!, trigger: 'schedule' } as never,
    depth: 0,
    overrideAccess: true,
  })
}

async function runSync(payload: Payload, connection: LetzshopConnection, options: SyncOptions): Promise<SyncOutcome> {
  const { now, pageSize, maxPages } = options
  const vendorId = relationId(connection.vendor)!
  const platformId = relationId(connection.platform)!
  const run = await startRun(payload, connection, now)
  const importer = vendorImporter(payload, { vendorId, platformId })
  const { counts } = importer
  let status: LetzshopSyncRun['status'] = 'succeeded'
  let error: string | null = null

  try {
    await requireFeature(await createLocalReq({}, payload), vendorId, platformId, 'letzshop_sync')
    const { apiKey, stale } = decryptApiKey(connection.apiKeySealed)
    if (stale) await update(payload, 'letzshop-connections', connection.id, { apiKeySealed: encryptApiKey(apiKey) })

    // Pages are imported a batch at a time: the feature, read-only, quota and lease work is paid once per batch.
    const batch: LetzshopOrder[] = []
    const batchOrders = options.batchOrders ?? BATCH_ORDERS
    // Reading fills the next batch while this one is imported.
    const readAhead = Math.ceil(batchOrders / pageSize) + 1
    const importBatch = async () => {
      if (batch.length === 0) return
      await importer.add(batch.splice(0))
      await renewRunLease(payload, connection.id, LEASE_MS)
    }
    try {
      for await (const orders of shipmentPages(apiKey, { pageSize, maxPages, readAhead, backoff: options.backoff })) {
        batch.push(...orders)
        if (batch.length >= batchOrders) await importBatch()
      }
    } finally {
      // What was read before Letzshop failed is imported all the same.
      await importBatch()
    }
    if (importer.limitHit) status = 'held'
  } catch (failure) {
    status = 'failed'
    error = failureMessage(failure)
    if (failure instanceof LetzshopKeyRefusedError) {
      await update(payload, 'letzshop-connections', connection.id, { status: 'failing', failure: error })
      await notifyKeyFailing(payload, connection)
    } else if (!(
      failure instanceof LetzshopUnavailableError ||
      failure instanceof LetzshopError ||
      isRefusal(failure)
    )) {
      throw failure
    }
  } finally {
    await update(payload, 'letzshop-sync-runs', run.id, {
      ...counts,
      status,
      error,
      finishedAt: new Date().toISOString(),
    })
  }

  await update(payload, 'letzshop-connections', connection.id, {
    lastRunAt: now.toISOString(),
    ...(status === 'failed' ? {} : { heldByLimit: counts.heldByLimit, failure: null }),
  })
  if (importer.limitHit) await notifyLimitReached(payload, connection, counts.heldByLimit, now)
  return { id: run.id, status, error, ...counts }
}

/** A refusal of the vendor's plan or account (the feature gone, read-only), as a service or a hook throws it. */
const isRefusal = (error: unknown) => error instanceof Forbidden || (error instanceof APIError && error.status === 403)

/** What the history shows of a failure: our own sentences, never Letzshop's raw answer or the key. */
function failureMessage(failure: unknown): string {
  if (failure instanceof LetzshopKeyRefusedError) return 'Letzshop refused the API key: connect again with a valid key.'
  if (failure instanceof LetzshopUnavailableError) return failure.message
  if (failure instanceof LetzshopError) return 'Letzshop answered with errors.'
  if (isRefusal(failure)) return (failure as Error).message
  return 'The sync failed.'
}

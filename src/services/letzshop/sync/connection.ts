import type { PayloadRequest } from 'payload'

import type { LetzshopConnection } from '@/payload-types'
import { lockRows } from '@/services/db/locks'
import * as tables from '@/services/db/tables'
import { Conflict, InvalidInput, NotFound } from '@/services/errors'

import { letzshopQuery } from '../client'
import { LetzshopKeyRefusedError } from '../errors'
import { assertKeyEncryptionConfigured, encryptApiKey, keyLast4 } from '../keyEncryption'
import { KEY_SHOP, type KeyShopData } from '../queries'
import { forRequest } from '../requestErrors'

export type ConnectionStatus = LetzshopConnection['status']

/** The vendor's connection (one at most), read as the app (the key's sealed form included: never answer it as is). */
export async function findConnection(req: PayloadRequest, vendorId: number): Promise<LetzshopConnection | null> {
  const { docs } = await req.payload.find({
    collection: 'letzshop-connections',
    where: { vendor: { equals: vendorId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

async function requireConnection(req: PayloadRequest, vendorId: number): Promise<LetzshopConnection> {
  const connection = await findConnection(req, vendorId)
  if (!connection) throw new NotFound('letzshopNotConnected')
  return connection
}

/**
 * Connects the vendor's Letzshop account with its API key, checked with Letzshop first: a key Letzshop refuses is
 * InvalidInput and nothing is stored. The key is sealed (keyEncryption) and replaces any earlier one; the connection
 * is active again, its failure cleared. Runs in the caller's transaction.
 */
export async function connectLetzshop(
  req: PayloadRequest,
  { vendorId, platformId, apiKey, now }: { vendorId: number; platformId: number; apiKey: string; now: Date },
): Promise<LetzshopConnection> {
  assertKeyEncryptionConfigured()
  let shop: KeyShopData['me']['vendor']
  try {
    shop = (await forRequest(req, () => letzshopQuery<KeyShopData>(KEY_SHOP, {}, { apiKey }))).me.vendor
  } catch (error) {
    if ((error as { cause?: unknown }).cause instanceof LetzshopKeyRefusedError)
      throw new InvalidInput('letzshopKeyRefused')
    throw error
  }
  const data = {
    apiKeySealed: encryptApiKey(apiKey),
    keyLast4: keyLast4(apiKey),
    shopSlug: shop.slug,
    status: 'active' as const,
    connectedAt: now.toISOString(),
    failure: null,
    heldByLimit: 0,
  }
  const existing = await findConnection(req, vendorId)
  return existing
    ? req.payload.update({
        collection: 'letzshop-connections',
        id: existing.id,
        data,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : req.payload.create({
        collection: 'letzshop-connections',
        data: { ...data, vendor: vendorId, platform: platformId },
        depth: 0,
        overrideAccess: true,
        req,
      })
}

/** Pauses or resumes the sync. A failing connection resumes only with a new key (PUT), not by a status change. */
export async function setConnectionStatus(
  req: PayloadRequest,
  vendorId: number,
  status: 'active' | 'paused',
): Promise<LetzshopConnection> {
  const connection = await requireConnection(req, vendorId)
  if (connection.status === 'failing' && status === 'active') throw new Conflict('letzshopKeyFailingReconnect')
  if (connection.status === status) return connection
  return req.payload.update({
    collection: 'letzshop-connections',
    id: connection.id,
    data: { status },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** Disconnects: the connection and its sealed key are deleted; the imported orders and the run history stay. */
export async function disconnectLetzshop(req: PayloadRequest, vendorId: number): Promise<void> {
  const connection = await requireConnection(req, vendorId)
  await req.payload.delete({ collection: 'letzshop-connections', id: connection.id, overrideAccess: true, req })
}

/**
 * Queues a sync run now for the owner (`POST /api/vendor/letzshop/sync`): the queued run already waiting, if any,
 * else a new one and its job. The connection's row is locked first, so two requests at once queue one run. Only an
 * active connection syncs.
 */
export async function requestSyncRun(req: PayloadRequest, vendorId: number): Promise<{ runId: number }> {
  const connection = await requireConnection(req, vendorId)
  await lockRows(req, tables.letzshopConnections, tables.letzshopConnections.id, connection.id)
  if (connection.status !== 'active') throw new Conflict('letzshopSyncNotActive', { status: connection.status })
  const { docs } = await req.payload.find({
    collection: 'letzshop-sync-runs',
    where: { and: [{ vendor: { equals: vendorId } }, { status: { equals: 'queued' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return { runId: docs[0].id }
  const run = await req.payload.create({
    collection: 'letzshop-sync-runs',
    data: { vendor: vendorId, platform: connection.platform, status: 'queued', trigger: 'manual' } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'syncLetzshopOrders', input: { connection: connection.id }, req })
  return { runId: run.id }
}

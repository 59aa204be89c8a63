import type { Payload } from 'payload'

import { assertKeyEncryptionConfigured } from '../keyEncryption'

import { type SyncOptions, type SyncOutcome, syncConnection } from './syncConnection'

const positive = (raw: string | undefined, fallback: number, max: number) => {
  const value = Number(raw)
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback
}

/** Page size and pages per run: LETZSHOP_SYNC_PAGE_SIZE (default 50, at most 100), LETZSHOP_SYNC_MAX_PAGES (default 20). */
export const syncBounds = (env: Record<string, string | undefined> = process.env) => ({
  pageSize: positive(env.LETZSHOP_SYNC_PAGE_SIZE, 50, 100),
  maxPages: positive(env.LETZSHOP_SYNC_MAX_PAGES, 20, 1000),
})

export type SyncAllOutput = { connections: number; ran: number; imported: number; heldByLimit: number; failed: number }

/**
 * The syncLetzshopOrders job's work: one run per active connection (or only `connectionId`, a run the owner queued),
 * one after the other. A connection another run holds is passed over (syncConnection's lock). Refuses to run without
 * the key encryption key (LetzshopSyncNotConfiguredError).
 */
export async function syncLetzshopOrders(
  payload: Payload,
  { now, connectionId, ...overrides }: { now: Date; connectionId?: number | null } & Partial<SyncOptions>,
): Promise<SyncAllOutput> {
  assertKeyEncryptionConfigured()
  const { docs } = await payload.find({
    collection: 'letzshop-connections',
    where: {
      and: [{ status: { equals: 'active' } }, ...(connectionId ? [{ id: { equals: connectionId } }] : [])],
    },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const options: SyncOptions = { now, ...syncBounds(), ...overrides }
  const output: SyncAllOutput = { connections: docs.length, ran: 0, imported: 0, heldByLimit: 0, failed: 0 }
  for (const { id } of docs) {
    const outcome: SyncOutcome | null = await syncConnection(payload, id, options)
    if (!outcome) continue
    output.ran++
    output.imported += outcome.imported
    output.heldByLimit += outcome.heldByLimit
    if (outcome.status === 'failed') output.failed++
  }
  return output
}

import { JOB_SCHEDULES } from '@/jobs/schedules'
import type { LetzshopConnection, LetzshopSyncRun } from '@/payload-types'
import { nextSlot, resolveSchedules } from '@/services/jobs/schedules'

/** The cron the sync runs on now (its environment override included). */
const syncCron = () => resolveSchedules({ syncLetzshopOrders: JOB_SCHEDULES.syncLetzshopOrders! })[0].cron

/** A connection as the API answers it: never the key, only its last 4 characters. */
export const connectionAnswer = (connection: LetzshopConnection, now = new Date()) => ({
  status: connection.status,
  keyLast4: connection.keyLast4,
  shopSlug: connection.shopSlug ?? null,
  connectedAt: connection.connectedAt,
  lastRunAt: connection.lastRunAt ?? null,
  nextRunAt: connection.status === 'active' ? (nextSlot(syncCron(), now)?.toISOString() ?? null) : null,
  heldByLimit: connection.heldByLimit ?? 0,
  failure: connection.failure ?? null,
})

export const runAnswer = (run: LetzshopSyncRun) => ({
  id: run.id,
  trigger: run.trigger,
  startedAt: run.startedAt ?? null,
  finishedAt: run.finishedAt ?? null,
  status: run.status,
  imported: run.imported,
  skipped: run.skipped,
  heldByLimit: run.heldByLimit,
  error: run.error ?? null,
})

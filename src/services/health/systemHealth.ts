import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { CapacityPlatform } from '../capacity/capacityScope'
import type { CapacityFigures } from '../capacity/metrics'
import { currentCapacity } from '../capacity/snapshots'
import { idArray } from '../capacity/subscriptionUsageSql'
import * as tables from '../db/tables'
import type { LimitKey } from '../tiers/limitKeys'
import { runSql } from '../transactions'

import { type DatabaseProbe, probeDatabase } from './databaseProbe'
import { jobQueueState, type JobQueueState } from './jobQueue'
import { HEALTH_THRESHOLDS, type HealthLevel, levelOf, worst } from './thresholds'

type PlatformCapacity = {
  platform: { id: number; code: string; name: string }
  limits: Record<LimitKey, CapacityFigures & { share: number | null }>
}

export type SystemHealth = {
  status: HealthLevel
  checkedAt: string
  database: DatabaseProbe & { level: HealthLevel }
  jobs: (JobQueueState & { level: HealthLevel }) | null
  snapshots: { level: HealthLevel; lastCapturedAt: string | null; ageHours: number | null } | null
  capacity: { level: HealthLevel; platforms: PlatformCapacity[] } | null
  thresholds: typeof HEALTH_THRESHOLDS
}

const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * The operator's health report for `platforms`: database latency, the job queue, the newest snapshot's age and each
 * platform's usage against its theoretical capacity, each with its level; the status is the worst of them. With the
 * database unreachable only that is reported.
 */
export async function systemHealth(
  req: PayloadRequest,
  { platforms, now }: { platforms: CapacityPlatform[]; now: Date },
): Promise<SystemHealth> {
  const probe = await probeDatabase(req.payload)
  const database = {
    ...probe,
    level: probe.reachable ? levelOf(probe.latencyMs, HEALTH_THRESHOLDS.databaseLatencyMs) : ('unhealthy' as const),
  }
  const base = { checkedAt: now.toISOString(), database, thresholds: HEALTH_THRESHOLDS }
  if (!probe.reachable) return { ...base, status: 'unhealthy', jobs: null, snapshots: null, capacity: null }

  const ids = platforms.map((platform) => platform.id)
  const snapshots = tables.capacitySnapshots
  const [queue, last, figures] = await Promise.all([
    jobQueueState(req, now),
    runSql(
      req,
      sql`SELECT max(${snapshots.updated_at}) AS at FROM ${snapshots} WHERE ${snapshots.platform_id} = ANY(${idArray(ids)}::int[])`,
    ),
    currentCapacity(req, { now, platformIds: ids }),
  ])
  const jobs = {
    ...queue,
    level: worst([
      levelOf(queue.oldestWaitingMinutes, HEALTH_THRESHOLDS.oldestWaitingJobMinutes),
      levelOf(queue.failed24h, HEALTH_THRESHOLDS.failedJobs24h),
    ]),
  }
  const lastAt = (last.rows[0] as { at: unknown } | undefined)?.at
  const ageHours = lastAt ? round1((now.getTime() - new Date(lastAt as string).getTime()) / 3_600_000) : null
  // No snapshot yet (a new installation) is worth a look, not an alarm.
  const snapshotLevel: HealthLevel =
    ids.length === 0 ? 'ok' : ageHours === null ? 'degraded' : levelOf(ageHours, HEALTH_THRESHOLDS.lastSnapshotHours)
  const byId = new Map(platforms.map((platform) => [platform.id, platform]))
  const capacityPlatforms = figures.map((day): PlatformCapacity => {
    const { id, code, name } = byId.get(day.platformId)!
    const limits = Object.fromEntries(
      Object.entries(day.capacity).map(([key, value]) => [
        key,
        { ...value, share: value.limit > 0 ? Math.round((value.usedUnderLimit / value.limit) * 1000) / 1000 : null },
      ]),
    ) as PlatformCapacity['limits']
    return { platform: { id, code, name }, limits }
  })
  const capacityLevel = worst(
    capacityPlatforms.flatMap((platform) =>
      Object.values(platform.limits).map((limit) => levelOf(limit.share, HEALTH_THRESHOLDS.capacityShare)),
    ),
  )
  return {
    ...base,
    status: worst([database.level, jobs.level, snapshotLevel, capacityLevel]),
    jobs,
    snapshots: {
      level: snapshotLevel,
      lastCapturedAt: lastAt ? new Date(lastAt as string).toISOString() : null,
      ageHours,
    },
    capacity: { level: capacityLevel, platforms: capacityPlatforms },
  }
}

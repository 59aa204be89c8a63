/**
 * When a health check turns degraded or unhealthy (docs/capacity.md, "Health"). GET /api/admin/health answers 503
 * when any check is unhealthy; GET /api/health only looks at the database.
 */
export const HEALTH_THRESHOLDS = {
  /** A `SELECT 1` round trip. */
  databaseLatencyMs: { degraded: 250, unhealthy: 2000 },
  /** The oldest job due to run and not running: the worker is slow, or none runs. */
  oldestWaitingJobMinutes: { degraded: 10, unhealthy: 60 },
  /** Jobs that failed (retries used up) in the last 24 hours. */
  failedJobs24h: { degraded: 1, unhealthy: 50 },
  /** Age of the newest capacity snapshot: the daily job missed one run, or two. */
  lastSnapshotHours: { degraded: 26, unhealthy: 50 },
  /** A platform's usage of a limit against its theoretical capacity: degraded at or beyond it (never unhealthy). */
  capacityShare: { degraded: 1 },
} as const

export type HealthLevel = 'ok' | 'degraded' | 'unhealthy'

const RANK: Record<HealthLevel, number> = { ok: 0, degraded: 1, unhealthy: 2 }

/** The worst of several levels. */
export const worst = (levels: HealthLevel[]): HealthLevel =>
  levels.reduce<HealthLevel>((acc, level) => (RANK[level] > RANK[acc] ? level : acc), 'ok')

/** The level of a value against its `degraded` / `unhealthy` bounds (reached = that level). */
export const levelOf = (value: number | null, bounds: { degraded: number; unhealthy?: number }): HealthLevel =>
  value === null
    ? 'ok'
    : bounds.unhealthy !== undefined && value >= bounds.unhealthy
      ? 'unhealthy'
      : value >= bounds.degraded
        ? 'degraded'
        : 'ok'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { HEALTH_THRESHOLDS } from './thresholds'

export type DatabaseProbe = { reachable: boolean; latencyMs: number | null }

/**
 * One `SELECT 1` on the app's pool, timed; unreachable when it fails or takes longer than the unhealthy latency
 * (a load balancer must not wait on a hung pool). The cheapest question the database answers.
 */
export async function probeDatabase(payload: Payload): Promise<DatabaseProbe> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), HEALTH_THRESHOLDS.databaseLatencyMs.unhealthy)
  })
  try {
    await Promise.race([payload.db.drizzle.execute(sql`SELECT 1`), timeout])
    return { reachable: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 }
  } catch {
    return { reachable: false, latencyMs: null }
  } finally {
    clearTimeout(timer)
  }
}

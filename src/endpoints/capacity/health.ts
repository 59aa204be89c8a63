import type { Endpoint } from 'payload'

import { probeDatabase } from '@/services/health/databaseProbe'
import { systemHealth } from '@/services/health/systemHealth'
import { HEALTH_THRESHOLDS, levelOf } from '@/services/health/thresholds'

import { noStore } from '../signup/signupRequest'

import { requestedPlatforms } from './query'

/**
 * GET /api/health (anonymous, for load balancers): one `SELECT 1`, nothing else; `{"status":"ok"}`, `"degraded"`
 * when the database answers slowly, 503 `"degraded"` when it does not answer.
 */
export const loadBalancerHealthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const probe = await probeDatabase(req.payload)
    if (!probe.reachable) return noStore({ status: 'degraded' }, { status: 503 })
    const level = levelOf(probe.latencyMs, HEALTH_THRESHOLDS.databaseLatencyMs)
    return noStore({ status: level === 'ok' ? 'ok' : 'degraded' })
  },
}

/** GET /api/admin/health[?platform=CODE]: the operator's report; 503 when a check is unhealthy. */
export const adminHealthEndpoint: Endpoint = {
  path: '/admin/health',
  method: 'get',
  handler: async (req) => {
    const platforms = await requestedPlatforms(req)
    const health = await systemHealth(req, { platforms, now: new Date() })
    return noStore(health, { status: health.status === 'unhealthy' ? 503 : 200 })
  },
}

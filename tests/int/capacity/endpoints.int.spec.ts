/**
 * The capacity and health routes: who may call them (anonymous 401, vendors 403, a platform admin only about its
 * own platforms), bad parameters answered 400 with a clear message, and what each answers.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Platform } from '@/payload-types'
import * as tables from '@/services/db/tables'
import { recordScheduledRun } from '@/services/jobs/schedules'

import { capacityWorld, type CapacityWorld } from '../../helpers/capacity'
import { generateCapacityHistory } from '../../helpers/capacityHistory'
import { createPlatform, createUser } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

const ADMIN_ROUTES: [string, string][] = [
  ['GET', '/api/admin/health'],
  ['GET', '/api/admin/subscription-capacity'],
  ['GET', '/api/admin/capacity/trends?days=30'],
  ['GET', '/api/admin/capacity/recommendations'],
  ['POST', '/api/admin/capacity/snapshot'],
]

let payload: Payload
let world: CapacityWorld
let other: Platform
let superToken: string
let ownAdminToken: string
let otherAdminToken: string
let vendorToken: string

beforeAll(async () => {
  payload = await testPayload()
  world = await capacityWorld(payload)
  ;({ platform: other } = await createPlatform(payload))
  ;({ token: superToken } = await createUser(payload, ['super-admin']))
  ;({ token: ownAdminToken } = await createUser(payload, ['platform-admin'], { platforms: [world.platform.id] }))
  ;({ token: otherAdminToken } = await createUser(payload, ['platform-admin'], { platforms: [other.id] }))
  ;({ token: vendorToken } = await createUser(payload, ['vendor-owner'], { vendors: [world.v2.id] }))
})

afterEach(() => vi.restoreAllMocks())

const message = (body: { errors: { message: string }[] }) => body.errors[0]!.message

describe('who may call the capacity routes', () => {
  it.each(ADMIN_ROUTES)('%s %s: 401 signed out, 403 for a vendor', async (method, path) => {
    const anonymous = await rest(method, path)
    expect(anonymous.status).toBe(401)
    expect(message(anonymous.body)).toMatch(/super admin or a platform admin/)
    const vendor = await rest(method, path, { token: vendorToken })
    expect(vendor.status).toBe(403)
    expect(message(vendor.body)).toMatch(/only/)
  })

  it.each(ADMIN_ROUTES)("%s %s: 403 for another platform's admin naming it", async (method, path) => {
    const separator = path.includes('?') ? '&' : '?'
    const answer = await rest(method, `${path}${separator}platform=${world.platform.code}`, { token: otherAdminToken })
    expect(answer.status).toBe(403)
    expect(message(answer.body)).toBe(
      `You do not manage the platform "${world.platform.code}": ask about one of your own platforms, or leave platform out.`,
    )
  })

  it("a platform admin without a platform parameter sees only its own platforms; a super admin's unknown code is 404", async () => {
    const own = await rest('GET', '/api/admin/subscription-capacity', { token: otherAdminToken })
    expect(own.status).toBe(200)
    expect(own.body.platforms.map((row: { platform: { code: string } }) => row.platform.code)).toEqual([other.code])
    const unknown = await rest('GET', '/api/admin/subscription-capacity?platform=no-such-platform', {
      token: superToken,
    })
    expect(unknown.status).toBe(404)
    // A platform admin learns nothing of other platforms, existing or not.
    expect(
      (await rest('GET', '/api/admin/subscription-capacity?platform=no-such', { token: otherAdminToken })).status,
    ).toBe(403)
  })
})

describe('bad parameters', () => {
  it.each(['abc', '-1', '0', '366', '100000', '1.5', '', '+3'])(
    'trends?days=%s: 400 naming the range',
    async (days) => {
      const answer = await rest('GET', `/api/admin/capacity/trends?days=${encodeURIComponent(days)}`, {
        token: superToken,
      })
      expect(answer.status).toBe(400)
      expect(message(answer.body)).toBe('days: days must be a whole number of days from 1 to 365.')
    },
  )

  it('a repeated days or platform is refused, in the caller language', async () => {
    const repeated = await rest('GET', '/api/admin/capacity/trends?days=1&days=2', { token: superToken })
    expect(repeated.status).toBe(400)
    expect(message(repeated.body)).toBe('The parameter "days" is given more than once: send it once.')
    const french = await rest('GET', '/api/admin/capacity/trends?days=abc', {
      token: superToken,
      headers: { 'Accept-Language': 'fr' },
    })
    expect(french.status).toBe(400)
    expect(message(french.body)).toContain('days doit être un nombre entier de jours de 1 à 365.')
    const platform = await rest('GET', '/api/admin/capacity/recommendations?platform=a&platform=b', {
      token: superToken,
    })
    expect(platform.status).toBe(400)
    expect(
      (await rest('GET', '/api/admin/capacity/trends?platform=Not%20a%20code', { token: superToken })).status,
    ).toBe(400)
  })
})

describe('answers', () => {
  it('subscription-capacity: the live figures of the named platform', async () => {
    const answer = await rest('GET', `/api/admin/subscription-capacity?platform=${world.platform.code}`, {
      token: ownAdminToken,
    })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(answer.body.platforms).toHaveLength(1)
    expect(answer.body.platforms[0]).toMatchObject({
      platform: { id: world.platform.id, code: world.platform.code },
      vendors: { live: 4 },
      capacity: { products: { limit: 35, unlimited: 1, used: 22 } },
      mrr: { cents: 3433, trialCents: 2000 },
    })
  })

  it('trends: the snapshots of the last N days and a forecast per metric, not enough data below 7 days', async () => {
    await generateCapacityHistory(payload, {
      platformId: other.id,
      days: 20,
      now: new Date(),
      shape: {
        vendors: { start: 10, perDay: 1 },
        used: { products: { start: 100, perDay: 10 } },
        capacity: { products: 400 },
        mrrPerVendorCents: 2900,
        noise: 0,
      },
    })
    const answer = await rest('GET', `/api/admin/capacity/trends?days=14&platform=${other.code}`, {
      token: otherAdminToken,
    })
    expect(answer.status).toBe(200)
    const [platform] = answer.body.platforms
    expect(answer.body.days).toBe(14)
    expect(platform.snapshots).toHaveLength(14)
    const products = platform.forecast.find((metric: { metric: string }) => metric.metric === 'products')
    expect(products.trend).toMatchObject({
      enoughData: true,
      dailyGrowth: expect.closeTo(10, 6),
      rSquared: expect.closeTo(1, 6),
    })
    expect(products.capacityThreshold).toBe(320)
    const short = await rest('GET', `/api/admin/capacity/trends?days=5&platform=${other.code}`, { token: superToken })
    expect(short.body.platforms[0].forecast[0].trend).toEqual({ enoughData: false, points: 5, needed: 7 })
  })

  it('snapshot: a platform admin captures its own platforms now', async () => {
    const answer = await rest('POST', '/api/admin/capacity/snapshot', { token: ownAdminToken })
    expect(answer.status).toBe(200)
    expect(answer.body.date).toBe(new Date().toISOString().slice(0, 10))
    expect(answer.body.platforms.map((row: { platform: { code: string } }) => row.platform.code)).toEqual([
      world.platform.code,
    ])
    expect(answer.body.platforms[0]).toMatchObject({ vendors: { live: 4 }, mrr: { cents: 3433 } })
  })

  it('admin health: database, jobs, snapshot age and capacity, each with its level; 503 exactly when unhealthy', async () => {
    const answer = await rest('GET', `/api/admin/health?platform=${world.platform.code}`, { token: superToken })
    expect([200, 503]).toContain(answer.status)
    expect(answer.status === 503).toBe(answer.body.status === 'unhealthy')
    expect(answer.body).toMatchObject({
      database: { reachable: true, level: 'ok', latencyMs: expect.any(Number) },
      jobs: { backlog: expect.any(Number), failed24h: expect.any(Number) },
      snapshots: { level: 'ok', ageHours: expect.any(Number) },
      capacity: { platforms: [{ platform: { code: world.platform.code } }] },
      thresholds: { databaseLatencyMs: { degraded: 250, unhealthy: 2000 } },
    })
    const tasks = answer.body.jobs.tasks.map((task: { task: string }) => task.task)
    expect(tasks).toContain('captureCapacitySnapshot')
    expect(tasks).toContain('sendEmail')
  })

  it("admin health: a scheduled task's last run comes from its schedule slot, which outlives the finished job", async () => {
    const slot = '2031-01-01T03:15:00.000Z'
    const slots = tables.jobScheduleSlots
    await payload.db.drizzle.execute(
      sql`INSERT INTO ${slots} (${slots.task_slug}, ${slots.slot}, ${slots.queued_at})
          VALUES ('captureCapacitySnapshot', ${slot}::timestamptz, ${slot}::timestamptz) ON CONFLICT DO NOTHING`,
    )
    const finished = new Date('2031-01-01T03:15:07.000Z')
    await recordScheduledRun(
      payload,
      { task: 'captureCapacitySnapshot', slot },
      async () => ({}),
      () => finished,
    )
    const answer = await rest('GET', `/api/admin/health?platform=${world.platform.code}`, { token: superToken })
    const task = answer.body.jobs.tasks.find((entry: { task: string }) => entry.task === 'captureCapacitySnapshot')
    expect(task).toMatchObject({ lastRunAt: finished.toISOString(), lastRunState: 'succeeded' })
  })

  it('load balancer health: anonymous, only a status; 503 when the database does not answer', async () => {
    const ok = await rest('GET', '/api/health')
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ status: 'ok' })
    vi.spyOn(payload.db.drizzle, 'execute').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'))
    const down = await rest('GET', '/api/health')
    expect(down.status).toBe(503)
    expect(down.body).toEqual({ status: 'degraded' })
  })
})

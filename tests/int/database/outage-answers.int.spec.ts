import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../../src/seed/demoAccounts'
import { type AppInstance, startAppInstance } from '../../helpers/appInstance'
import { type FaultCluster, startFaultCluster } from '../../helpers/faultCluster'

/**
 * An app instance on a PostgreSQL cluster of this file's own, the cluster stopped and started under it: while it is
 * away every request that needs it answers 503 with Retry-After in the caller's language (a signed-in user stays
 * signed in: never 401 nor `{"user": null}`), and everything answers again without restarting the app.
 */
let cluster: FaultCluster
let app: AppInstance
let token: string
let order: Record<string, unknown>

const call = (method: string, path: string, options: { token?: string; body?: unknown; language?: string } = {}) =>
  fetch(`${app.url}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
      ...(options.body ? { 'content-type': 'application/json' } : {}),
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  })

beforeAll(async () => {
  cluster = await startFaultCluster(54362)
  app = await startAppInstance({ env: { DATABASE_URL: cluster.url } })
  const login = await call('POST', '/api/users/login', {
    body: { email: 'owner@luxcraft.lu', password: DEMO_PASSWORD },
  })
  token = ((await login.json()) as { token: string }).token
  const [ids] = await cluster.query<{ vendor: number; platform: number }>(
    `SELECT v.id AS vendor, p.id AS platform FROM vendors v, platforms p WHERE v.slug = 'luxcraft' AND p.code = 'oms'`,
  )
  order = {
    vendor: ids.vendor,
    platform: ids.platform,
    customerName: 'Anne Muller',
    lines: [{ description: 'Wallet', quantity: 1, unitPrice: 3450 }],
  }
}, 240_000)

afterAll(async () => {
  await app?.close()
  await cluster?.close()
})

describe('the database away under a running app', () => {
  it('answers 503 with Retry-After while it is away, and serves again once it is back', async () => {
    expect((await call('GET', '/api/users/me', { token })).status).toBe(200)
    await cluster.down()
    try {
      const cases = [
        ['GET', '/api/users/me', { token }],
        ['GET', '/api/orders?limit=1', { token }],
        ['POST', '/api/orders', { token, body: order }],
        ['GET', '/api/platforms?limit=1', {}],
        ['GET', '/api/health', {}],
      ] as const
      for (const [method, path, options] of cases) {
        const answer = await call(method, path, options)
        expect({ path, status: answer.status }).toEqual({ path, status: 503 })
        if (path === '/api/health') continue
        expect(answer.headers.get('retry-after')).toBe('5')
        expect(await answer.json()).toEqual({
          errors: [{ message: 'The service is briefly unavailable: please try again in a few seconds.' }],
        })
      }
      const french = await call('GET', '/api/users/me', { token, language: 'fr' })
      expect(((await french.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
        'Le service est momentanément indisponible : réessayez dans quelques secondes.',
      )
    } finally {
      await cluster.up()
    }
    // Back without restarting the app: the pool's broken connections are replaced as they are found.
    let health = 0
    for (let tries = 0; tries < 50 && health !== 200; tries++) {
      health = (await call('GET', '/api/health')).status
      if (health !== 200) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(health).toBe(200)
    const me = await call('GET', '/api/users/me', { token })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe('owner@luxcraft.lu')
    expect((await call('POST', '/api/orders', { token, body: order })).status).toBe(201)
  }, 300_000)
})

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Platform } from '@/payload-types'

import { createPage, createPlatform, createUser } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let oms: Platform
let loyalty: Platform
const host = (platform: Platform) => `${platform.code}.test`

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform: oms } = await createPlatform(payload))
  ;({ platform: loyalty } = await createPlatform(payload))
  await createPage(payload, {
    platform: oms,
    isPlatformPage: true,
    slug: 'home',
    title: 'OMS home',
    showInHeader: true,
  })
  await createPage(payload, {
    platform: loyalty,
    isPlatformPage: true,
    slug: 'home',
    title: 'Loyalty home',
    showInHeader: true,
  })
})

afterEach(() => {
  vi.unstubAllEnvs()
})

const resolveHome = (headers: Record<string, string>) =>
  rest('GET', '/api/content-pages/resolve?slug=home', { headers })
const navigation = (headers: Record<string, string>) => rest('GET', '/api/content-pages/navigation', { headers })

describe('X-Forwarded-Host without TRUST_PROXY', () => {
  it('is ignored: a request for one platform host is never answered with another platform page', async () => {
    const poisoned = await resolveHome({ host: host(loyalty), 'x-forwarded-host': host(oms) })
    expect(poisoned.status).toBe(200)
    expect(poisoned.body.page.title).toBe('Loyalty home')
    expect(poisoned.headers.get('cache-control')).toBe('public, no-cache')
    expect(poisoned.headers.get('vary')).toBe('Host')

    const nav = await navigation({ host: host(loyalty), 'x-forwarded-host': host(oms) })
    expect(nav.body.platform.code).toBe(loyalty.code)
    expect(nav.headers.get('vary')).toBe('Host')
  })

  it('cannot pick a platform for a host that serves none', async () => {
    const { status, body } = await resolveHome({ host: 'unknown.test', 'x-forwarded-host': host(oms) })
    expect(status).toBe(404)
    expect(body.errors[0].message).toContain('No platform serves host "unknown.test"')
  })
})

describe('X-Forwarded-Host with TRUST_PROXY=1', () => {
  it('is the host the request was made for, and Vary names it', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const { body, headers } = await resolveHome({ host: 'app.internal:3000', 'x-forwarded-host': host(oms) })
    expect(body.page.title).toBe('OMS home')
    expect(headers.get('vary')).toBe('Host, X-Forwarded-Host')
    const nav = await navigation({ host: 'app.internal', 'x-forwarded-host': host(loyalty) })
    expect(nav.body.platform.code).toBe(loyalty.code)
    expect(nav.headers.get('vary')).toBe('Host, X-Forwarded-Host')
  })

  it('takes the last entry of a list, the one the nearest proxy wrote', async () => {
    vi.stubEnv('TRUST_PROXY', 'true')
    const { body } = await resolveHome({ host: 'app.internal', 'x-forwarded-host': `${host(loyalty)}, ${host(oms)}` })
    expect(body.page.title).toBe('OMS home')
  })

  it('falls back to Host when the proxy sent none', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const { body } = await resolveHome({ host: host(loyalty) })
    expect(body.page.title).toBe('Loyalty home')
  })
})

describe('the internal x-platform-code header', () => {
  it('cannot be sent by a client', async () => {
    const injected = await resolveHome({ host: host(loyalty), 'x-platform-code': oms.code })
    expect(injected.body.page.title).toBe('Loyalty home')
    const alone = await resolveHome({ 'x-platform-code': oms.code })
    expect(alone.status).toBe(404)
  })

  it('comes only from the /platforms/<code> prefix, which wins over an injected one', async () => {
    const { body } = await rest('GET', `/platforms/${oms.code}/api/content-pages/resolve?slug=home`, {
      headers: { 'x-platform-code': loyalty.code },
    })
    expect(body.page.title).toBe('OMS home')
  })
})

describe('security headers', () => {
  it('are on our content routes and on Payload REST', async () => {
    for (const path of ['/api/content-pages/resolve?slug=home', '/api/platforms']) {
      const { headers } = await rest('GET', path, { headers: { host: host(oms) } })
      const csp = headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(headers.get('strict-transport-security'), path).toBeNull()
      expect(headers.get('x-powered-by'), path).toBeNull()
    }
  })

  it('let Stripe.js and the configured STRIPE_JS_URL load scripts and frames and talk to the Stripe API', async () => {
    vi.stubEnv('STRIPE_JS_URL', 'http://127.0.0.1:12111/v3')
    const { headers } = await rest('GET', '/api/platforms')
    const directives = Object.fromEntries(
      (headers.get('content-security-policy') ?? '').split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ')
        return [name, sources]
      }),
    )
    for (const source of ['https://js.stripe.com', 'http://127.0.0.1:12111']) {
      expect(directives['script-src']).toContain(source)
      expect(directives['frame-src']).toContain(source)
    }
    expect(directives['connect-src']).toContain('https://api.stripe.com')
    expect(directives['connect-src']).toContain('http://127.0.0.1:12111')
  })
})

describe('trusted origins (Payload csrf and cors)', () => {
  it('once set, make Payload ignore the auth cookie of a request from any other origin', async () => {
    const { user, token } = await createUser(payload, ['super-admin'])
    const cookie = `payload-token=${token}`
    const me = (origin: string) => rest('GET', '/api/users/me', { headers: { cookie, origin } })
    payload.config.csrf.push('https://oms.example.lu')
    try {
      expect((await me('https://oms.example.lu')).body.user?.email).toBe(user.email)
      expect((await me('https://evil.example')).body.user).toBeNull()
    } finally {
      payload.config.csrf.pop()
    }
  })
})

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createUser } from '../../helpers/fixtures'
import { rest, type RestResponse, testPayload } from '../../helpers/payload'

let payload: Payload
let cookie: string
let userId: number

beforeAll(async () => {
  payload = await testPayload()
  const { user, token } = await createUser(payload, ['vendor-owner'])
  cookie = `payload-token=${token}`
  userId = user.id
})

afterEach(() => {
  vi.unstubAllEnvs()
})

const CROSS_ORIGIN = /Cross-origin request refused/
const refusedAsCrossOrigin = (answer: RestResponse) =>
  answer.status === 403 && CROSS_ORIGIN.test(String(answer.body?.errors?.[0]?.message))

const cancel = (headers: Record<string, string>) =>
  rest('POST', '/api/billing/cancel', { body: {}, headers: { 'Content-Type': 'text/plain', cookie, ...headers } })

describe('writes with the sign-in cookie from another origin', () => {
  it('are refused with 403 for a foreign Origin, without SERVER_URL or PLATFORM_ORIGINS', async () => {
    const answer = await cancel({ origin: 'https://evil.example' })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(CROSS_ORIGIN)
    expect(answer.body.errors[0].message).toContain('https://evil.example')

    const patch = await rest('PATCH', `/api/users/${userId}`, {
      body: { email: 'taken-over@evil.example' },
      headers: { cookie, origin: 'https://evil.example' },
    })
    expect(refusedAsCrossOrigin(patch)).toBe(true)
    expect((await payload.findByID({ collection: 'users', id: userId })).email).not.toBe('taken-over@evil.example')
  })

  it('are refused with SERVER_URL and PLATFORM_ORIGINS set too', async () => {
    vi.stubEnv('SERVER_URL', 'https://admin.example.lu')
    vi.stubEnv('PLATFORM_ORIGINS', 'https://oms.example.lu')
    expect(refusedAsCrossOrigin(await cancel({ origin: 'https://evil.example' }))).toBe(true)
  })

  it('are refused when the browser says cross-site, even without Origin', async () => {
    const answer = await cancel({ 'sec-fetch-site': 'cross-site' })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(CROSS_ORIGIN)
  })

  it('pass from the same origin, from trusted origins, and without the cookie', async () => {
    expect(
      refusedAsCrossOrigin(await cancel({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })),
    ).toBe(false)
    vi.stubEnv('PLATFORM_ORIGINS', 'https://oms.example.lu')
    expect(
      refusedAsCrossOrigin(await cancel({ origin: 'https://oms.example.lu', 'sec-fetch-site': 'cross-site' })),
    ).toBe(false)
    // A token in the Authorization header is never sent by a browser on its own: no cross-site forgery.
    const { token } = await createUser(payload, ['vendor-owner'])
    const bearer = await rest('POST', '/api/billing/cancel', {
      body: {},
      token,
      headers: { origin: 'https://evil.example' },
    })
    expect(refusedAsCrossOrigin(bearer)).toBe(false)
  })

  it('reads are not concerned', async () => {
    const me = await rest('GET', '/api/users/me', { headers: { cookie, origin: 'https://evil.example' } })
    expect(me.status).toBe(200)
  })
})

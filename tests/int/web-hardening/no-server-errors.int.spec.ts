import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await testPayload()
  ;({ token } = await createUser(payload, ['vendor-owner']))
})

describe('versions of collections that keep none', () => {
  it.each(['products', 'orders', 'users', 'vendors'])('GET /api/%s/versions answers 404, not 500', async (slug) => {
    for (const path of [`/api/${slug}/versions`, `/api/${slug}/versions/1`]) {
      const answer = await rest('GET', path, { token })
      expect(answer.status, path).toBe(404)
      expect(answer.body.errors[0].message, path).toMatch(/keeps no versions/)
    }
  })
})

describe('a declared body over the limit', () => {
  it.each([
    ['POST', '/api/users/login', 'application/json'],
    ['POST', '/api/billing/cancel', 'text/plain'],
    ['PATCH', '/api/products/1', 'application/json'],
  ])('%s %s with Content-Length over 1 MiB answers 413 before any body is read', async (method, path, type) => {
    const answer = await rest(method, path, {
      token,
      body: {},
      headers: { 'content-type': type, 'content-length': String(1024 * 1024 + 1) },
    })
    expect(answer.status).toBe(413)
    expect(answer.body.errors[0].message).toMatch(/1\D?048\D?576/)
  })

  it('an upload may declare up to 2 MiB (a 1 MB logo and its form)', async () => {
    const answer = await rest('POST', '/api/invoice-logos', {
      token,
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(1024 * 1024 + 50_000) },
    })
    expect(answer.status).not.toBe(413)
    const tooLarge = await rest('POST', '/api/invoice-logos', {
      token,
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(2 * 1024 * 1024 + 1) },
    })
    expect(tooLarge.status).toBe(413)
  })
})

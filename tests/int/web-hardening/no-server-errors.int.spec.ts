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

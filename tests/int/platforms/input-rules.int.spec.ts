import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await testPayload()
  ;({ token: admin } = await createUser(payload, ['super-admin']))
})

const createPlatform = (body: Record<string, unknown>) => rest('POST', '/api/platforms', { token: admin, body })

describe('platforms and vendors: input rules', () => {
  it('stores domains lowercase without port and fills the path prefix', async () => {
    const code = `p${uid()}`
    const response = await createPlatform({ code, name: 'X', domains: [{ domain: ` Shop-${code}.Example.LU:3000 ` }] })
    expect(response.status).toBe(201)
    expect(response.body.doc.domains[0].domain).toBe(`shop-${code}.example.lu`)
    expect(response.body.doc.pathPrefix).toBe(`/platforms/${code}`)
  })

  it('refuses a domain another platform already serves (409), a bad code and a bad colour (400)', async () => {
    const domain = `taken-${uid()}.example.lu`
    expect((await createPlatform({ code: `p${uid()}`, name: 'A', domains: [{ domain }] })).status).toBe(201)
    expect(
      (await createPlatform({ code: `p${uid()}`, name: 'B', domains: [{ domain: domain.toUpperCase() }] })).status,
    ).toBe(409)
    expect((await createPlatform({ code: 'Not A Code', name: 'C' })).status).toBe(400)
    const colour = await createPlatform({ code: `p${uid()}`, name: 'D', branding: { primaryColor: 'blue' } })
    expect(colour.status).toBe(400)
    expect(JSON.stringify(colour.body)).toContain('Use a hex colour')
  })

  it('refuses a vendor with a malformed country or a taken slug with 400', async () => {
    const slug = `v${uid()}`
    expect(
      (await rest('POST', '/api/vendors', { token: admin, body: { name: 'V', slug, country: 'LU' } })).status,
    ).toBe(201)
    expect(
      (await rest('POST', '/api/vendors', { token: admin, body: { name: 'V', slug, country: 'LU' } })).status,
    ).toBe(400)
    expect(
      (await rest('POST', '/api/vendors', { token: admin, body: { name: 'W', slug: `w${uid()}`, country: 'lux' } }))
        .status,
    ).toBe(400)
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Platform } from '@/payload-types'

import { type AppHttpServer, startAppHttpServer } from '../../helpers/appHttpServer'
import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { PEER_ADDRESS_HEADER, testPayload } from '../../helpers/payload'

let payload: Payload
let server: AppHttpServer
let platform: Platform
let other: Platform

const good = () => ({
  name: 'Anne Muller',
  email: `anne${uid()}@example.lu`,
  message: 'Bonjour, proposez-vous une démonstration ?',
})

/** A POST to the contact form's endpoint over HTTP, from one client address, in one language. */
async function send(body: unknown, { address = '10.1.0.1', language = 'fr' } = {}) {
  const response = await fetch(`${server.url}/api/platform/contact`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language, [PEER_ADDRESS_HEADER]: address },
    body: JSON.stringify(body),
  })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

async function read(path: string, token?: string) {
  const response = await fetch(`${server.url}/api/contact-messages${path}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return { status: response.status, body: await response.json() }
}

const storedFrom = async (email: string) =>
  (await payload.find({ collection: 'contact-messages', where: { email: { equals: email } }, depth: 0 })).docs

beforeAll(async () => {
  payload = await testPayload()
  server = await startAppHttpServer()
  ;({ platform } = await createPlatform(payload))
  ;({ platform: other } = await createPlatform(payload))
  await payload.update({
    collection: 'platforms',
    id: platform.id,
    data: { config: { contactEmail: `team@${platform.code}.test` } },
  })
})

afterAll(async () => {
  delete process.env.RATE_LIMIT_CONTACT_PER_10_MIN
  await server?.close()
})

describe('the contact form', () => {
  it('stores a good message and queues its mail to the platform address of its config', async () => {
    const message = good()
    const answer = await send({ platform: platform.code, ...message, locale: 'fr' })
    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({ ok: true })
    expect(answer.headers.get('cache-control')).toBe('no-store')

    const [stored] = await storedFrom(message.email)
    expect(stored).toMatchObject({ platform: platform.id, name: message.name, message: message.message, locale: 'fr' })
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.mailId': { equals: `contact:${stored.id}` } },
      depth: 0,
    })
    expect(jobs.docs).toHaveLength(1)
    expect(jobs.docs[0].input).toMatchObject({
      to: `team@${platform.code}.test`,
      template: 'contactMessage',
      platform: platform.code,
      vars: { name: message.name, email: message.email, visitorLocale: 'fr' },
    })
  })

  it('stores a message for a platform without an address, and queues no mail', async () => {
    const message = good()
    expect((await send({ platform: other.code, ...message }, { address: '10.1.0.2' })).status).toBe(201)
    const [stored] = await storedFrom(message.email)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.mailId': { equals: `contact:${stored.id}` } },
    })
    expect(jobs.docs).toHaveLength(0)
  })

  it('refuses bad input with 400 and each field named in the visitor’s language, storing nothing', async () => {
    const email = `bad${uid()}@example.lu`
    const answer = await send(
      { platform: platform.code, name: '', email: 'not-an-address', message: 'short' },
      { address: '10.1.0.3', language: 'fr' },
    )
    expect(answer.status).toBe(400)
    const fields = answer.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(fields).toEqual(['name', 'email', 'message'])
    expect(answer.body.errors[0].message).toContain('indiquez une adresse e-mail')

    const german = await send({ platform: platform.code, ...good(), email }, { address: '10.1.0.3', language: 'de' })
    expect(german.status).toBe(201)
    expect(await storedFrom('not-an-address')).toHaveLength(0)

    const unknownKey = await send({ platform: platform.code, ...good(), phone: '1' }, { address: '10.1.0.3' })
    expect(unknownKey.status).toBe(400)
    const notJson = await fetch(`${server.url}/api/platform/contact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [PEER_ADDRESS_HEADER]: '10.1.0.3' },
      body: '[1',
    })
    expect(notJson.status).toBe(400)
  })

  it('answers 404 for an unknown platform, in German for a German visitor', async () => {
    const answer = await send({ platform: `nope${uid()}`, ...good() }, { address: '10.1.0.4', language: 'de' })
    expect(answer.status).toBe(404)
    expect(answer.body.errors[0].message).toBe('platform: Zu diesem Plattformcode gibt es keine Website.')
  })

  it('limits messages per client address with the shared rate limiter: 429 with Retry-After', async () => {
    process.env.RATE_LIMIT_CONTACT_PER_10_MIN = '2'
    const address = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
    expect((await send({ platform: platform.code, ...good() }, { address })).status).toBe(201)
    expect((await send({ platform: platform.code, ...good() }, { address })).status).toBe(201)
    const limited = await send({ platform: platform.code, ...good() }, { address, language: 'fr' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.body.errors[0].message).toMatch(/^Trop de requêtes/)
    // Bad input counts too, and another address is not limited.
    expect((await send({ platform: platform.code }, { address })).status).toBe(429)
    expect((await send({ platform: platform.code, ...good() }, { address: `${address}9` })).status).toBe(201)
    process.env.RATE_LIMIT_CONTACT_PER_10_MIN = '1000'
  })
})

describe('who reads the messages', () => {
  it('the platform’s own admins read its messages; no one else reads them, even by id', async () => {
    const message = good()
    expect((await send({ platform: platform.code, ...message }, { address: '10.1.0.5' })).status).toBe(201)
    const [stored] = await storedFrom(message.email)

    const ownAdmin = await createUser(payload, ['platform-admin'], { platforms: [platform.id] })
    const list = await read(`?where[email][equals]=${encodeURIComponent(message.email)}`, ownAdmin.token)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).toEqual([stored.id])

    const otherAdmin = await createUser(payload, ['platform-admin'], { platforms: [other.id] })
    const otherList = await read('?limit=100&depth=0', otherAdmin.token)
    expect(otherList.status).toBe(200)
    expect(otherList.body.docs.every((doc: { platform: number }) => doc.platform === other.id)).toBe(true)
    expect((await read(`/${stored.id}`, otherAdmin.token)).status).toBe(404)

    const vendor = await createVendor(payload, [{ platform }])
    const owner = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    expect((await read(`/${stored.id}`, owner.token)).status).toBe(403)
    const superAdmin = await createUser(payload, ['super-admin'])
    expect((await read(`/${stored.id}`, superAdmin.token)).status).toBe(403)
    expect((await read(`/${stored.id}`)).status).toBe(403)

    // Nobody writes them over REST, the platform's admins included.
    const created = await fetch(`${server.url}/api/contact-messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${ownAdmin.token}` },
      body: JSON.stringify({
        platform: platform.id,
        name: 'x',
        email: 'x@example.lu',
        message: 'hello there',
        locale: 'en',
      }),
    })
    expect(created.status).toBe(403)
  })
})

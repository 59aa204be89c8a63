import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createUser, PASSWORD, uid } from '../../helpers/fixtures'
import { PEER_ADDRESS_HEADER, rest, testPayload } from '../../helpers/payload'

let payload: Payload
let addressCounter = 1
const newAddress = () => `10.88.${Math.floor(addressCounter / 250)}.${addressCounter++ % 250}`

const signIn = (email: string, password: string, address: string) =>
  rest('POST', '/api/users/login', { body: { email, password }, headers: { [PEER_ADDRESS_HEADER]: address } })
const message = (answer: { body: { errors?: { message: string }[] } }) => answer.body.errors?.[0]?.message

async function newOwner(): Promise<string> {
  const { user } = await createUser(payload, ['vendor-owner'])
  return user.email
}

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('login throttling', () => {
  it('slows the address that guesses, and never locks the owner out', async () => {
    const email = await newOwner()
    const attacker = newAddress()
    const answers = []
    for (let i = 0; i < 8; i++) answers.push(await signIn(email, `wrong-${i}`, attacker))
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
    expect(answers.slice(5).map((a) => a.status)).toEqual([429, 429, 429])
    expect(message(answers[5])).toMatch(/Too many sign-in attempts .* try again in \d+ seconds?/)
    for (const answer of answers) expect(message(answer)).not.toMatch(/locked/i)

    const owner = await signIn(email, PASSWORD, newAddress())
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()
  })

  it('answers an unknown e-mail exactly as a known one, after checking a password hash for it too', async () => {
    const email = await newOwner()
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    const known = await signIn(email, 'not-the-password', newAddress())
    const knownHashes = pbkdf2.mock.calls.length
    pbkdf2.mockClear()
    const unknown = await signIn(`nobody-${uid()}@example.test`, 'not-the-password', newAddress())
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    expect(knownHashes).toBe(1)
    expect(pbkdf2.mock.calls.length).toBe(knownHashes)

    const attacker = newAddress()
    const unknownEmail = `nobody-${uid()}@example.test`
    for (let i = 0; i < 5; i++) expect((await signIn(unknownEmail, `wrong-${i}`, attacker)).status).toBe(401)
    const knownAttacker = newAddress()
    for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong-${i}`, knownAttacker)).status).toBe(401)
    const unknownLimited = await signIn(unknownEmail, 'wrong', attacker)
    const knownLimited = await signIn(email, 'wrong', knownAttacker)
    expect(unknownLimited.status).toBe(429)
    expect(message(unknownLimited)?.replace(/\d+/g, 'N')).toBe(message(knownLimited)?.replace(/\d+/g, 'N'))
  })

  it('slows one address that tries many accounts', async () => {
    vi.stubEnv('RATE_LIMIT_LOGIN_PER_ADDRESS_PER_10_MIN', '4')
    const sprayer = newAddress()
    for (let i = 0; i < 4; i++) expect((await signIn(`spray-${uid()}@example.test`, 'x', sprayer)).status).toBe(401)
    expect((await signIn(`spray-${uid()}@example.test`, 'x', sprayer)).status).toBe(429)
    expect((await signIn(`spray-${uid()}@example.test`, 'x', newAddress())).status).toBe(401)
  })

  it('a signed-in success clears the count of its address on that account', async () => {
    const email = await newOwner()
    const address = newAddress()
    for (let i = 0; i < 4; i++) expect((await signIn(email, `wrong-${i}`, address)).status).toBe(401)
    expect((await signIn(email, PASSWORD, address)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await signIn(email, `wrong-${i}`, address)).status).toBe(401)
  })

  it('slows guesses on one account from many addresses, but a client that signed in to it before still passes', async () => {
    vi.stubEnv('RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_10_MIN', '3')
    const email = await newOwner()
    const home = newAddress()
    expect((await signIn(email, PASSWORD, home)).status).toBe(200)
    for (let i = 0; i < 3; i++) expect((await signIn(email, 'wrong', newAddress())).status).toBe(401)
    expect((await signIn(email, 'wrong', newAddress())).status).toBe(429)
    expect((await signIn(email, PASSWORD, newAddress())).status).toBe(429)
    expect((await signIn(email, PASSWORD, home)).status).toBe(200)
  })
})

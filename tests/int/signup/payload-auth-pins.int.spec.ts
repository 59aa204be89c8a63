import { randomBytes } from 'node:crypto'

import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { loginCookie } from '@/services/signup/loginCookie'
import { hashPassword, passwordHashFor } from '@/services/signup/passwordHash'
import { inTransaction } from '@/services/transactions'

import { uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

/*
 * The signup re-does two things Payload does not export: hashing a password (before the user exists) and logging a
 * user in without the password. These pin both to Payload's own behaviour, so an upgrade that changes either fails here.
 */

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const PASSWORD = 'a-long-password-1'

async function newUser(password = randomBytes(24).toString('base64url')): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email: `pin-${uid()}@shop.test`, password, roles: ['vendor-owner'] },
    overrideAccess: true,
  })
}

const storedCredentials = async (id: number) => {
  const user = await payload.findByID({ collection: 'users', id, showHiddenFields: true, overrideAccess: true })
  return { salt: user.salt as string, hash: user.hash as string }
}

/** A Set-Cookie header's name, value and attributes (names lower-cased). */
function parseSetCookie(header: string) {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim())
  const [name, value] = pair.split('=')
  const attrs = Object.fromEntries(
    attributes.map((attribute) => [attribute.split('=')[0].toLowerCase(), attribute.split('=').slice(1).join('=')]),
  )
  return { name, value, attrs }
}

const jwtClaims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())

describe("the signup's password hash (src/services/signup/passwordHash.ts)", () => {
  it("is accepted by Payload's login once written onto the user, as the signup writes it", async () => {
    const user = await newUser()
    const { salt, hash } = await hashPassword(PASSWORD)
    await payload.db.updateOne({ collection: 'users', id: user.id, data: { salt, hash }, returning: false })
    const result = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    expect(result.user?.id).toBe(user.id)
    await expect(
      payload.login({ collection: 'users', data: { email: user.email, password: `${PASSWORD}x` } }),
    ).rejects.toThrow()
  })

  it('is the hash Payload itself stores for a password and its salt', async () => {
    const user = await newUser(PASSWORD)
    const { salt, hash } = await storedCredentials(user.id)
    expect(await passwordHashFor(PASSWORD, salt)).toBe(hash)
  })
})

describe("the signup's login cookie (src/services/signup/loginCookie.ts)", () => {
  it("is accepted by Payload's auth, and is the cookie Payload's own login sets, with the same claims", async () => {
    const user = await newUser(PASSWORD)
    const req = await createLocalReq({}, payload)
    const ours = parseSetCookie(await inTransaction(req, () => loginCookie(req, user)))
    const login = await rest('POST', '/api/users/login', { body: { email: user.email, password: PASSWORD } })
    expect(login.status).toBe(200)
    const theirs = parseSetCookie(login.headers.get('set-cookie')!)

    expect(ours.name).toBe(theirs.name)
    const { expires: ourExpiry, ...ourAttributes } = ours.attrs
    const { expires: theirExpiry, ...theirAttributes } = theirs.attrs
    expect(ourAttributes).toEqual(theirAttributes)
    expect(Math.abs(Date.parse(ourExpiry) - Date.parse(theirExpiry))).toBeLessThan(60_000)

    const ourClaims = jwtClaims(ours.value)
    const theirClaims = jwtClaims(theirs.value)
    expect(Object.keys(ourClaims).sort()).toEqual(Object.keys(theirClaims).sort())
    for (const key of Object.keys(theirClaims).filter((claim) => !['iat', 'exp', 'sid'].includes(claim)))
      expect(ourClaims[key], key).toEqual(theirClaims[key])
    expect(ourClaims.exp - ourClaims.iat).toBe(theirClaims.exp - theirClaims.iat)

    const auth = await payload.auth({ headers: new Headers({ Cookie: `${ours.name}=${ours.value}` }) })
    expect(auth.user?.id).toBe(user.id)
  })
})

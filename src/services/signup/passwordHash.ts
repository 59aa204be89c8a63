import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * The password of a signup is kept only as Payload's own salt and hash until the user exists: the same scheme as
 * payload/dist/auth/strategies/local/generatePasswordSaltHash.js (3.90: `pbkdf2-sha256-v1:` + hex of PBKDF2-SHA256,
 * 600,000 iterations, 32 bytes, over a 32-byte hex salt), so the pair is written onto the user at completion and
 * Payload's login accepts it. Payload does not export that function; tests/int/signup/payload-auth-pins.int.spec.ts
 * pins ours to it both ways. Nothing can turn the hash back into the password.
 */
const PREFIX = 'pbkdf2-sha256-v1:'
const ITERATIONS = 600_000
const KEY_LENGTH = 32

const derive = promisify(pbkdf2)

/** The hash Payload stores for `password` under `salt`. */
export async function passwordHashFor(password: string, salt: string): Promise<string> {
  const raw = await derive(password, salt, ITERATIONS, KEY_LENGTH, 'sha256')
  return `${PREFIX}${raw.toString('hex')}`
}

export async function hashPassword(password: string): Promise<{ salt: string; hash: string }> {
  const salt = randomBytes(32).toString('hex')
  return { salt, hash: await passwordHashFor(password, salt) }
}

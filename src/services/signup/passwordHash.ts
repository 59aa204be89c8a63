import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * The password of a signup is kept only as Payload's own salt and hash until the user exists: the same scheme as
 * payload/dist/auth/strategies/local/generatePasswordSaltHash.js (3.90: `pbkdf2-sha256-v1:` + hex of PBKDF2-SHA256,
 * 600,000 iterations, 32 bytes, over a 32-byte hex salt), so the pair is written onto the user at completion and
 * Payload's login accepts it (tests/int/signup proves it). Nothing can turn it back into the password.
 */
const PREFIX = 'pbkdf2-sha256-v1:'
const ITERATIONS = 600_000
const KEY_LENGTH = 32

const derive = promisify(pbkdf2)

export async function hashPassword(password: string): Promise<{ salt: string; hash: string }> {
  const salt = randomBytes(32).toString('hex')
  const raw = await derive(password, salt, ITERATIONS, KEY_LENGTH, 'sha256')
  return { salt, hash: `${PREFIX}${raw.toString('hex')}` }
}

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

import { APIError } from 'payload'

export const KEY_ENCRYPTION_VARIABLE = 'LETZSHOP_KEY_ENCRYPTION_KEY'
export const PREVIOUS_KEY_ENCRYPTION_VARIABLE = 'LETZSHOP_KEY_ENCRYPTION_KEY_PREVIOUS'

/**
 * The encryption key is missing or unusable: the sync cannot run (503, naming the variable, for the operator). Not a
 * domain refusal: the server is misconfigured, whoever asks.
 */
export class LetzshopSyncNotConfiguredError extends APIError {
  constructor(problem: string) {
    super(
      `The Letzshop sync is unavailable: the server's ${problem}. The operator must set it (docs/letzshop.md, API keys at rest).`,
      503,
      null,
      true,
    )
    this.name = 'LetzshopSyncNotConfiguredError'
  }
}

type DataKey = { id: string; key: Buffer }

/** A 32-byte key written as 64 hex digits or 44 base64 characters; its id is the first 8 hex of its SHA-256. */
function dataKey(variable: string, required: boolean): DataKey | null {
  const raw = process.env[variable]?.trim()
  if (!raw) {
    if (required) throw new LetzshopSyncNotConfiguredError(`${variable} is not set`)
    return null
  }
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64')
  if (key.length !== 32)
    throw new LetzshopSyncNotConfiguredError(`${variable} must be 32 bytes (64 hex digits or base64)`)
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key }
}

/** Throws LetzshopSyncNotConfiguredError unless the encryption key is set and usable. */
export const assertKeyEncryptionConfigured = (): void => void dataKey(KEY_ENCRYPTION_VARIABLE, true)

/** A Letzshop API key sealed with AES-256-GCM: `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url). */
export function encryptApiKey(plain: string): string {
  const { id, key } = dataKey(KEY_ENCRYPTION_VARIABLE, true)!
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', id, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/**
 * The API key behind a sealed value, with `stale` when it was sealed with the previous key (rotation: the caller
 * seals it again with the current one). Throws when neither key opens it.
 */
export function decryptApiKey(sealed: string): { apiKey: string; stale: boolean } {
  const [version, id, iv, tag, data] = sealed.split('.')
  const current = dataKey(KEY_ENCRYPTION_VARIABLE, true)!
  const previous = dataKey(PREVIOUS_KEY_ENCRYPTION_VARIABLE, false)
  const key = [current, previous].find((candidate) => candidate?.id === id)
  if (version !== 'v1' || !key || !iv || !tag || !data)
    throw new LetzshopSyncNotConfiguredError(
      `${KEY_ENCRYPTION_VARIABLE} (or ${PREVIOUS_KEY_ENCRYPTION_VARIABLE}) does not open a stored Letzshop key (key id ${id})`,
    )
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  const apiKey = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
  return { apiKey, stale: key !== current }
}

/** What the admin and the API show of a key: its last 4 characters. */
export const keyLast4 = (apiKey: string): string => apiKey.slice(-4)

import { createHash } from 'node:crypto'

/** The strong ETag of an answer's exact bytes. */
export const etagOf = (body: string | Uint8Array): string => `"${createHash('sha1').update(body).digest('base64url')}"`

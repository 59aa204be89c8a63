import { createHash } from 'node:crypto'

/** The strong ETag of an answer's exact bytes. */
export const etagOf = (body: string | Uint8Array): string => `"${createHash('sha1').update(body).digest('base64url')}"`

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** Whether an `If-None-Match` header names this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
export const ifNoneMatchHits = (ifNoneMatch: string | null, etag: string): boolean =>
  (ifNoneMatch ?? '')
    .split(',')
    .some((tag) => tag.trim() === '*' || (tag.trim() !== '' && opaque(tag) === opaque(etag)))

import { randomUUID } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { CONTENT_CACHE_CHANNEL } from './contentCacheTags'
import { InvalidationListener } from './invalidationListener'
import { ReadCache } from './readCache'

export const DEFAULT_CONTENT_CACHE_MB = 64

export function contentCacheBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CONTENT_CACHE_MB?.trim()
  const mb = raw ? Number(raw) : DEFAULT_CONTENT_CACHE_MB
  if (!Number.isFinite(mb) || mb < 0)
    throw new Error(`CONTENT_CACHE_MB must be a number of megabytes ≥ 0, not "${raw}".`)
  return Math.floor(mb * 1024 * 1024)
}

/** The instance's read cache and the listener that keeps it true. */
export class ContentCache {
  readonly cache: ReadCache
  readonly listener: InvalidationListener | null

  constructor(
    private readonly payload: Payload,
    maxBytes: number,
  ) {
    this.cache = new ReadCache(maxBytes)
    this.listener =
      maxBytes > 0
        ? new InvalidationListener({
            connection: (payload.db as unknown as PostgresAdapter).pool.options,
            onTags: (tags) => this.cache.invalidate(tags),
            onListening: (listening) => this.cache.setServing(listening),
            log: (msg, err) => payload.logger.warn({ err, msg }),
          })
        : null
    this.listener?.start()
  }

  /**
   * Resolves once this instance has applied every invalidation committed before the call: it commits a `sync`
   * notification of its own and waits for it (PostgreSQL delivers notifications in commit order). Immediate when the
   * cache is not serving.
   */
  async caughtUp(): Promise<void> {
    if (!this.listener?.listening) return
    const token = randomUUID()
    const arrived = this.listener.awaitSync(token)
    await (this.payload.db as unknown as PostgresAdapter).pool.query('SELECT pg_notify($1, $2)', [
      CONTENT_CACHE_CHANNEL,
      `sync:${token}`,
    ])
    await arrived
  }
}

const KEY = Symbol.for('letzshop.contentCache')
type Holder = { [KEY]?: ContentCache }

/**
 * The process's one content cache, created (and its listener started) on first use. Kept on globalThis because Next
 * may load this module once per bundle layer (route handlers, pages) in one server process.
 */
export function contentCache(payload: Payload): ContentCache {
  const holder = globalThis as Holder
  return (holder[KEY] ??= new ContentCache(payload, contentCacheBytes()))
}

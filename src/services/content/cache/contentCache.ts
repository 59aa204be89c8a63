import { randomUUID } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { CONTENT_CACHE_CHANNEL } from './contentCacheTags'
import { InvalidationListener } from './invalidationListener'
import { ReadCache } from './readCache'

export const DEFAULT_CONTENT_CACHE_MB = 64
const CAUGHT_UP_WITHIN_MS = 2_000

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
   * cache is not serving. A notification that takes longer than `withinMs` (a listening connection dying unnoticed)
   * drops everything held instead, which is as fresh; so does a database that cannot be reached.
   */
  async caughtUp(withinMs = CAUGHT_UP_WITHIN_MS): Promise<void> {
    if (!this.listener?.listening) return
    const token = randomUUID()
    const arrived = this.listener.awaitSync(token)
    try {
      await (this.payload.db as unknown as PostgresAdapter).pool.query('SELECT pg_notify($1, $2)', [
        CONTENT_CACHE_CHANNEL,
        `sync:${token}`,
      ])
    } catch {
      // The database went away: nothing can be confirmed, so nothing held is trusted.
      return this.cache.flush()
    }
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), withinMs)))
    if ((await Promise.race([arrived, late])) === 'late') this.cache.flush()
    clearTimeout(timer)
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

/** The process's content cache if it has served a read, else undefined (a jobs worker never creates one). */
export const startedContentCache = (): ContentCache | undefined => (globalThis as Holder)[KEY]

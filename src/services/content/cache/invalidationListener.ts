import pg from 'pg'

import { CONTENT_CACHE_CHANNEL, parseNotification } from './contentCacheTags'

export const LISTENER_APPLICATION_NAME = 'content-cache-listener'

type Options = {
  connection: pg.ClientConfig
  /** Tags of one notification (never `sync:` ones). */
  onTags: (tags: string[]) => void
  /** True once LISTEN holds, false as soon as the connection is lost. */
  onListening: (listening: boolean) => void
  log: (message: string, error?: unknown) => void
}

const FIRST_RETRY_MS = 250
const LAST_RETRY_MS = 10_000
/** A connection lost without a word (a partition, a dead host) is noticed by a failed round trip within this. */
const HEARTBEAT_MS = 5_000

/**
 * One dedicated connection per instance holding `LISTEN content_cache`, reconnecting with backoff after any loss.
 * PostgreSQL delivers notifications on commit, in commit order, and never those of a rolled-back transaction.
 */
export class InvalidationListener {
  private client: pg.Client | null = null
  private retryMs = FIRST_RETRY_MS
  private timer: NodeJS.Timeout | null = null
  private heartbeat: NodeJS.Timeout | null = null
  private stopped = false
  private readonly waiting = new Map<string, () => void>()

  constructor(private readonly options: Options) {}

  get listening(): boolean {
    return this.client !== null
  }

  start(): void {
    void this.connect()
  }

  /** Resolves once a notification carrying `sync:<token>` arrives (see ContentCache.caughtUp). */
  awaitSync(token: string): Promise<void> {
    return new Promise((resolve) => this.waiting.set(token, resolve))
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    const client = this.client
    this.lost()
    await client?.end().catch(() => undefined)
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      ...this.options.connection,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      query_timeout: HEARTBEAT_MS,
    })
    let live = true
    const drop = (error?: unknown) => {
      if (!live) return
      live = false
      if (error) this.options.log('content cache: listening connection lost; serving from the database', error)
      if (this.client === client) this.lost()
      client.end().catch(() => undefined)
      this.retry()
    }
    client.on('error', drop)
    client.on('end', () => drop(new Error('connection ended')))
    client.on('notification', (message) => {
      const tags = parseNotification(message.payload ?? '')
      const syncs = tags.filter((tag) => tag.startsWith('sync:'))
      const rest = syncs.length ? tags.filter((tag) => !tag.startsWith('sync:')) : tags
      if (rest.length) this.options.onTags(rest)
      for (const sync of syncs) {
        const token = sync.slice('sync:'.length)
        this.waiting.get(token)?.()
        this.waiting.delete(token)
      }
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CONTENT_CACHE_CHANNEL}`)
    } catch (error) {
      drop(error)
      return
    }
    if (!live || this.stopped) {
      if (this.stopped) await client.end().catch(() => undefined)
      return
    }
    this.client = client
    this.retryMs = FIRST_RETRY_MS
    this.options.onListening(true)
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch(drop)
    }, HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  private lost(): void {
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
    const wasListening = this.client !== null
    this.client = null
    if (wasListening) this.options.onListening(false)
    // Nobody will see these tokens now; a cache that is not serving is caught up by definition.
    for (const resolve of this.waiting.values()) resolve()
    this.waiting.clear()
  }

  private retry(): void {
    if (this.stopped || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.connect()
    }, this.retryMs)
    this.timer.unref()
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS)
  }
}

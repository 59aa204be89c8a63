import { LRUCache } from 'lru-cache'

import { ALL_TAG } from './contentCacheTags'

/** An answer as the routes send it: the exact bytes, their ETag, and the value the site's pages render from. */
export type CachedAnswer<T = unknown> = { value: T; body: string; etag: string }

type Entry = CachedAnswer & { tags: readonly string[]; filledAt: number }

/** Above this many remembered invalidations the cache forgets them all by dropping every entry (a bulk edit). */
const MAX_REMEMBERED_TAGS = 100_000

/**
 * A byte-bounded LRU of answers, each tagged with what it depends on (contentCacheTags.ts). Invalidation is by
 * sequence number, not by search: each invalidation takes the next number and records it per tag, and an entry is
 * fresh while none of its tags (nor a full flush) is newer than the ticket its reader took *before* reading the
 * database. So an invalidation costs one map write however many entries it hits (a storm of 10,000 notifications
 * stays cheap), and a read that raced an invalidation is never stored as fresh.
 */
export class ReadCache {
  private seq = 0
  private flushedAt = 0
  private readonly invalidatedAt = new Map<string, number>()
  private readonly entries: LRUCache<string, Entry>
  /** False while invalidations may be missed (no listening connection): every read then goes to the database. */
  private serving = false

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: Math.max(maxBytes, 1),
      // One entry at most a tenth of the budget; the body is held twice (bytes and the parsed value).
      maxEntrySize: Math.max(Math.floor(maxBytes / 10), 1),
      sizeCalculation: (entry, key) => 2 * Buffer.byteLength(entry.body) + key.length + 64,
    })
  }

  get enabled(): boolean {
    return this.serving && this.maxBytes > 0
  }

  /** Taken before the database read whose answer `set` may store. */
  ticket(): number {
    return this.seq
  }

  get(key: string): CachedAnswer | undefined {
    if (!this.enabled) return undefined
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (this.fresh(entry)) return entry
    this.entries.delete(key)
    return undefined
  }

  set(key: string, answer: CachedAnswer, tags: readonly string[], ticket: number): void {
    if (!this.enabled) return
    const entry: Entry = { ...answer, tags, filledAt: ticket }
    if (this.fresh(entry)) this.entries.set(key, entry)
  }

  /** `all` (ALL_TAG) drops everything. */
  invalidate(tags: Iterable<string>): void {
    const at = ++this.seq
    for (const tag of tags) {
      if (tag === ALL_TAG) return this.flush()
      this.invalidatedAt.set(tag, at)
    }
    if (this.invalidatedAt.size > MAX_REMEMBERED_TAGS) this.flush()
  }

  /** Drops everything, including reads in flight. */
  flush(): void {
    this.flushedAt = ++this.seq
    this.invalidatedAt.clear()
    this.entries.clear()
  }

  /** Starts serving from memory (listening) or stops (listener lost); both drop what is held. */
  setServing(serving: boolean): void {
    this.flush()
    this.serving = serving
  }

  stats() {
    return { serving: this.enabled, entries: this.entries.size, bytes: this.entries.calculatedSize }
  }

  private fresh(entry: Entry): boolean {
    if (entry.filledAt < this.flushedAt) return false
    for (const tag of entry.tags) if ((this.invalidatedAt.get(tag) ?? 0) > entry.filledAt) return false
    return true
  }
}

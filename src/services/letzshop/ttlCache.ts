/**
 * A small in-memory cache with a time to live and a size bound: at most `maxEntries`, the least recently used
 * dropped first (a Map keeps insertion order; a hit moves the entry to the end). Per process, so only for data
 * that is public, read-only and fine to be a few minutes old on one instance while another has fresher data.
 */
export class TtlCache<Value> {
  private readonly entries = new Map<string, { value: Value; expiresAt: number }>()

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string): Value | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.expiresAt <= Date.now()) return undefined
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, value: Value): void {
    this.entries.delete(key)
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs })
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

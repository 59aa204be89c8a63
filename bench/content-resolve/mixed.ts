/**
 * The mixed target of bench:content: reads on two app instances (cache on) while the bench publishes, one publish
 * per 19 reads (95 % / 5 %), then every read checked against the truth. A publish is an UPDATE of the page's English
 * title in its own transaction (what the admin's publish commits; the invalidation comes from the table's trigger,
 * whoever writes). The bench LISTENs too and notes when each publish's notification reached it; a read is stale
 * when it was sent after that moment and answered an older title.
 */
import autocannon from 'autocannon'
import pg from 'pg'

import type { Pair } from './seed'

export type MixedResult = {
  reads: number
  publishes: number
  p50: number
  p99: number
  errors: number
  stale: number
  /** Reads sent between a publish's commit and its notification's arrival that answered the older title. */
  olderInFlight: number
}

const lastIndex = <T>(list: T[], test: (item: T) => boolean) => {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index])) return index
  return -1
}

type Sent = { key: string; sentAt: number }
type Read = { key: string; title: string; sentAt: number }
type Publish = { title: string; committedAt: number; notifiedAt: number }

export async function runMixed(
  databaseUrl: string,
  urls: string[],
  pairs: Pair[],
  path: (pair: Pair) => string,
  seconds: number,
  connectionsEach: number,
): Promise<MixedResult> {
  const reads: Read[] = []
  const history = new Map<string, Publish[]>()
  const keyOf = (pair: Pair) => `${pair.vendor.id}:${pair.slug}`
  const listener = new pg.Client({ connectionString: databaseUrl })
  const writer = new pg.Client({ connectionString: databaseUrl })
  await Promise.all([listener.connect(), writer.connect()])
  const waiting = new Map<string, (at: number) => void>()
  listener.on('notification', (message) => {
    const at = performance.now()
    for (const tag of (message.payload ?? '').split(' ')) waiting.get(tag)?.(at)
  })
  await listener.query('LISTEN content_cache')

  let running = true
  let publishes = 0
  const writerLoop = (async () => {
    while (running) {
      if (reads.length < 19 * (publishes + 1)) {
        await new Promise((resolve) => setTimeout(resolve, 1))
        continue
      }
      const pair = pairs[Math.floor(Math.random() * pairs.length)]
      const title = `published-${++publishes}`
      const tag = `page:${pair.vendor.platformId}:${pair.slug}`
      const notified = new Promise<number>((resolve) => waiting.set(tag, resolve))
      await writer.query(
        `UPDATE content_pages_locales l SET title = $1 FROM content_pages cp
         WHERE l._parent_id = cp.id AND l._locale = 'en' AND cp.platform_id = $2 AND cp.vendor_id = $3 AND cp.slug = $4`,
        [title, pair.vendor.platformId, pair.vendor.id, pair.slug],
      )
      const committedAt = performance.now()
      const notifiedAt = await notified
      waiting.delete(tag)
      const list = history.get(keyOf(pair)) ?? []
      list.push({ title, committedAt, notifiedAt })
      history.set(keyOf(pair), list)
    }
  })()

  const load = (url: string) => {
    let index = Math.floor(Math.random() * pairs.length)
    return autocannon({
      url,
      connections: connectionsEach,
      duration: seconds,
      requests: [
        {
          setupRequest: (request, context) => {
            const pair = pairs[index++ % pairs.length]
            Object.assign(context, { key: keyOf(pair), sentAt: performance.now() } satisfies Sent)
            return { ...request, path: path(pair) }
          },
          onResponse: (status, body, context) => {
            if (status !== 200) return
            const title = (JSON.parse(body) as { page: { title: string } }).page.title
            const { key, sentAt } = context as Sent
            reads.push({ key, title, sentAt })
          },
        },
      ],
    })
  }
  const results = await Promise.all(urls.map(load))
  running = false
  await writerLoop
  await Promise.all([listener.end(), writer.end()])

  let stale = 0
  let olderInFlight = 0
  for (const read of reads) {
    const list = history.get(read.key)
    if (!list) continue
    const served = list.findIndex((publish) => publish.title === read.title)
    // The newest publish whose notification had arrived when the read was sent, and the newest committed.
    const known = lastIndex(list, (publish) => publish.notifiedAt <= read.sentAt)
    const committed = lastIndex(list, (publish) => publish.committedAt <= read.sentAt)
    if (served < known) stale++
    else if (served < committed) olderInFlight++
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  return {
    reads: reads.length,
    publishes,
    p50: Math.round(mean(results.map((r) => r.latency.p50)) * 10) / 10,
    p99: Math.round(Math.max(...results.map((r) => r.latency.p99)) * 10) / 10,
    errors: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
    stale,
    olderInFlight,
  }
}

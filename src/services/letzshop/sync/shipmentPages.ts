import { type LetzshopOrder, toLetzshopOrder, UNCONFIRMED_SHIPMENTS, type UnconfirmedShipmentsData } from '../queries'

import { type Backoff, DEFAULT_BACKOFF, queryWithBackoff } from './fetchWithBackoff'

export type PageReading = {
  pageSize: number
  maxPages: number
  /** Pages read and not yet taken, at most: how far reading runs ahead of the caller. */
  readAhead: number
  backoff?: Backoff
}

/**
 * Letzshop's unconfirmed shipments of the key's shop as orders, page by page, at most `maxPages`. Reading runs ahead
 * of the caller by up to `readAhead` pages, so Letzshop answers the next pages while the caller imports (the cursor
 * makes the pages themselves one after the other). A failed read is thrown once the pages read before it were taken.
 */
export async function* shipmentPages(
  apiKey: string,
  { pageSize, maxPages, readAhead, backoff = DEFAULT_BACKOFF }: PageReading,
): AsyncGenerator<LetzshopOrder[]> {
  const pages: LetzshopOrder[][] = []
  let ended = false
  let failure = null as { error: unknown } | null
  let stopped = false
  let wakeCaller = () => {}
  let wakeReader = () => {}

  void (async () => {
    let after: string | null = null
    try {
      for (let page = 0; page < maxPages && !stopped; page++) {
        while (pages.length >= readAhead && !stopped) await new Promise<void>((wake) => (wakeReader = wake))
        if (stopped) break
        const { shipments }: UnconfirmedShipmentsData = await queryWithBackoff<UnconfirmedShipmentsData>(
          UNCONFIRMED_SHIPMENTS,
          { first: pageSize, after },
          apiKey,
          backoff,
        )
        pages.push(shipments.nodes.map(toLetzshopOrder))
        wakeCaller()
        after = shipments.pageInfo.endCursor
        if (!shipments.pageInfo.hasNextPage || !after) break
      }
    } catch (error) {
      failure = { error }
    } finally {
      ended = true
      wakeCaller()
    }
  })()

  try {
    for (;;) {
      const page = pages.shift()
      if (page) {
        wakeReader()
        yield page
      } else if (failure) throw failure.error
      else if (ended) return
      else await new Promise<void>((wake) => (wakeCaller = wake))
    }
  } finally {
    // The caller stopped (done, or failed): a read in flight ends on its own and is dropped.
    stopped = true
    wakeReader()
  }
}

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Plugin,
  PayloadRequest,
} from 'payload'

import { startedContentCache } from '@/services/content/cache/contentCache'
import { afterCommit } from '@/services/db/committedTransactions'

/** The collections whose tables the content cache's triggers watch (migration 20261208_150000_content_cache_notify). */
const WATCHED = new Set(['content-pages', 'vendors', 'vendor-platforms', 'platforms'])

// A process that holds no cache (a jobs worker, a script) has nothing to catch up, and opens no listening connection.
const catchUpAfterCommit = (req: PayloadRequest) =>
  afterCommit(req, 'content-cache', async () => startedContentCache()?.caughtUp())

const afterChange: CollectionAfterChangeHook = async ({ req }) => {
  await catchUpAfterCommit(req)
}
const afterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await catchUpAfterCommit(req)
}

const watched = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})

/**
 * Every instance learns of a content write from its notification (src/services/content/cache). The instance that
 * made the write also waits for that notification before the write's commit returns, so the writer's next request
 * on the same instance (an editor opening the page they just published) is never served what was there before.
 */
export const contentCacheReadsOwnWrites =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      WATCHED.has(collection.slug) ? watched(collection) : collection,
    ),
  })

import type { Payload } from 'payload'

import { contentCache } from '@/services/content/cache/contentCache'

/**
 * Waits until this process's content read cache has applied every invalidation committed so far (the notifications
 * arrive milliseconds after a commit; a test that reads right after a write waits for them instead of racing them).
 */
export const contentCacheCaughtUp = (payload: Payload): Promise<void> => contentCache(payload).caughtUp()

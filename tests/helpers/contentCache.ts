import type { Payload } from 'payload'
import type pg from 'pg'

import { contentCache } from '@/services/content/cache/contentCache'

/**
 * Waits until this process's content read cache has applied every invalidation committed so far (the notifications
 * arrive milliseconds after a commit; a test that reads right after a write waits for them instead of racing them).
 */
export const contentCacheCaughtUp = (payload: Payload): Promise<void> => contentCache(payload).caughtUp()

/**
 * Holds back the notifications reaching this process's listening connection (its socket stops being read) until the
 * returned function is called: a notification that arrives late, as on a loaded machine.
 */
export function holdNotifications(payload: Payload): () => void {
  const { listener } = contentCache(payload)
  const client = (
    listener as unknown as { client: (pg.Client & { connection: { stream: NodeJS.ReadableStream } }) | null }
  )?.client
  if (!client) throw new Error('the content cache is not listening')
  client.connection.stream.pause()
  return () => client.connection.stream.resume()
}

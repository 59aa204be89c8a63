import { letzshopQuery } from '../client'
import { LetzshopRateLimitedError, LetzshopUnavailableError } from '../errors'

export type Backoff = {
  /** Attempts per request, the first included. */
  attempts: number
  /** The first wait after a failure; doubled at each further one. */
  baseDelayMs: number
  /** The longest `Retry-After` honoured within a run; a longer one ends the run (the next run tries again). */
  maxWaitMs: number
  sleep?: (ms: number) => Promise<void>
}

export const DEFAULT_BACKOFF: Backoff = { attempts: 4, baseDelayMs: 500, maxWaitMs: 30_000 }

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * One Letzshop request with the shop's key, retried while Letzshop is down, slow or rate-limiting: after a 429 it
 * waits what `Retry-After` says, after other failures `baseDelayMs` doubling. A refused key or a GraphQL error is not
 * retried. The last failure is thrown.
 */
export async function queryWithBackoff<Data>(
  query: string,
  variables: Record<string, unknown>,
  apiKey: string,
  backoff: Backoff = DEFAULT_BACKOFF,
): Promise<Data> {
  const sleep = backoff.sleep ?? wait
  for (let attempt = 1; ; attempt++) {
    try {
      return await letzshopQuery<Data>(query, variables, { apiKey })
    } catch (error) {
      if (!(error instanceof LetzshopUnavailableError) || attempt >= backoff.attempts) throw error
      const delay =
        error instanceof LetzshopRateLimitedError ? error.retryAfterMs : backoff.baseDelayMs * 2 ** (attempt - 1)
      if (delay > backoff.maxWaitMs) throw error
      await sleep(delay)
    }
  }
}

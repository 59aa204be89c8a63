import { letzshopConfig } from './config'
import { LetzshopError, LetzshopKeyRefusedError, LetzshopRateLimitedError, LetzshopUnavailableError } from './errors'

export type LetzshopQueryOptions = { url?: string; apiKey?: string; timeoutMs?: number }

/**
 * One GraphQL request to Letzshop (POST JSON {query, variables}, bearer key when there is one), given up after
 * the time-out. Network failures, time-outs and 5xx answers are `LetzshopUnavailableError` (429:
 * `LetzshopRateLimitedError` with its `Retry-After`); 401 and 403 are `LetzshopKeyRefusedError`; GraphQL errors and
 * unreadable answers are `LetzshopError`. No message carries the key.
 */
export async function letzshopQuery<Data>(
  query: string,
  variables: Record<string, unknown>,
  options: LetzshopQueryOptions = {},
): Promise<Data> {
  const config = { ...letzshopConfig(), ...options }
  let response: Response
  try {
    response = await fetch(config.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(config.timeoutMs),
    })
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    throw new LetzshopUnavailableError(
      timedOut
        ? `Letzshop did not answer within ${config.timeoutMs} ms.`
        : `Letzshop could not be reached (${(error as Error).cause ?? (error as Error).message}).`,
      timedOut,
      { cause: error },
    )
  }

  if (response.status === 429) {
    await response.body?.cancel()
    throw new LetzshopRateLimitedError(retryAfterMs(response.headers.get('retry-after')))
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel()
    throw new LetzshopKeyRefusedError(response.status)
  }

  let body: { data?: Data | null; errors?: { message?: string }[] }
  try {
    body = await response.json()
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    if (timedOut || response.status >= 500) {
      throw new LetzshopUnavailableError(
        timedOut ? `Letzshop did not answer within ${config.timeoutMs} ms.` : `Letzshop answered ${response.status}.`,
        timedOut,
        { cause: error },
      )
    }
    throw new LetzshopError(`Letzshop answered ${response.status} with something that is not JSON.`)
  }
  if (response.status >= 500) throw new LetzshopUnavailableError(`Letzshop answered ${response.status}.`, false)
  if (body.errors?.length) {
    throw new LetzshopError(
      `Letzshop refused the query: ${body.errors.map((error) => error.message ?? 'unknown error').join('; ')}`,
      body.errors,
    )
  }
  if (!response.ok || !body.data) throw new LetzshopError(`Letzshop answered ${response.status} without data.`)
  return body.data
}

/** `Retry-After` in seconds or as an HTTP date; a minute when absent or unreadable. */
function retryAfterMs(header: string | null): number {
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const date = header ? Date.parse(header) : Number.NaN
  return Number.isNaN(date) ? 60_000 : Math.max(0, date - Date.now())
}

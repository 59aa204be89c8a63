import { normalizeHost, requestHost } from './platformContext'
import { trustedOrigins } from './trustedOrigins'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Payload's auth cookie (`<cookiePrefix>-token`, the prefix left at its default). */
const AUTH_COOKIE = /(?:^|;\s*)payload-token=/

/**
 * The foreign origin of a request that would change data with the sign-in cookie, or null when it may go on.
 * Browsers attach the cookie to requests other sites make (a form, a `text/plain` fetch), so such a request is
 * refused unless its `Origin` is this host or a trusted origin (SERVER_URL, PLATFORM_ORIGINS), and never when the
 * browser calls it cross-site (`Sec-Fetch-Site`) from an untrusted origin. Requests without the cookie (a token in
 * the Authorization header, which no browser adds by itself) and reads are not concerned. This does not depend on
 * Payload's `csrf` list, which is empty when SERVER_URL and PLATFORM_ORIGINS are unset.
 */
export function crossOriginWrite(method: string, headers: Headers, url: URL): string | null {
  if (SAFE_METHODS.has(method.toUpperCase()) || !AUTH_COOKIE.test(headers.get('cookie') ?? '')) return null
  const origin = headers.get('origin')
  const site = headers.get('sec-fetch-site')
  if (origin && origin !== 'null') {
    if (trustedOrigins().includes(origin)) return null
    if (hostOf(origin) === (requestHost(headers) || normalizeHost(url.host)) && site !== 'cross-site') return null
    return origin
  }
  if (origin === 'null') return 'null'
  return site === 'cross-site' ? 'another site' : null
}

/** The origin's host name, without port: cookies are not kept apart by port either. */
const hostOf = (origin: string): string | undefined => {
  try {
    return normalizeHost(new URL(origin).host)
  } catch {
    return undefined
  }
}

/**
 * Request header carrying the platform code taken from a `/platforms/<code>` path prefix. Internal: src/proxy.ts
 * removes it from every incoming request and sets it only from the prefix, so a client cannot choose it.
 */
export const PLATFORM_HEADER = 'x-platform-code'

export const PLATFORM_PREFIX = /^\/platforms\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/.*)?$/

/** Headers only a reverse proxy may set; without TRUST_PROXY they are dropped by src/proxy.ts and never read. */
export const FORWARDED_HEADERS = ['x-forwarded-host', 'x-forwarded-proto'] as const

/**
 * `TRUST_PROXY=1` (or `true`): the app is reachable only through a reverse proxy that sets X-Forwarded-Host and
 * X-Forwarded-Proto itself. Unset, empty, `0` or `false`: those headers come from clients and are ignored.
 * Next's route handlers never see the peer address, so a list of proxy addresses could not be checked here.
 */
export function trustsProxy(value: string | undefined = process.env.TRUST_PROXY): boolean {
  const setting = (value ?? '').trim().toLowerCase()
  if (setting === '' || setting === '0' || setting === 'false') return false
  if (setting === '1' || setting === 'true') return true
  throw new Error(`TRUST_PROXY must be 1 (behind a reverse proxy that sets X-Forwarded-Host) or 0; got "${value}".`)
}

/** Hosts are matched case-insensitively, without port and trailing dot. */
export const normalizeHost = (host: string | null | undefined): string =>
  (host ?? '').split(',')[0].trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')

/**
 * The host a request was made for: the Host header, or behind a trusted proxy its X-Forwarded-Host. In a list
 * (`a, b`) the last entry is the one the nearest proxy wrote; earlier ones may come from the client.
 */
export function requestHost(headers: Headers): string {
  const forwarded = trustsProxy() ? headers.get('x-forwarded-host') : null
  const host = forwarded ? forwarded.split(',').at(-1) : headers.get('host')
  return normalizeHost(host)
}

/** The request headers an answer derived from `requestHost` depends on, for `Vary`. */
export const hostVary = (): string => (trustsProxy() ? 'Host, X-Forwarded-Host' : 'Host')

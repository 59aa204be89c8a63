/** Request header carrying the platform code taken from a `/platforms/<code>` path prefix (set by the middleware). */
export const PLATFORM_HEADER = 'x-platform-code'

export const PLATFORM_PREFIX = /^\/platforms\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/.*)?$/

/** Hosts are matched case-insensitively, without port and trailing dot. */
export const normalizeHost = (host: string | null | undefined): string =>
  (host ?? '').split(',')[0].trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')

/**
 * The security headers of every answer (sites, admin, API), set by src/proxy.ts at request time so that
 * STRIPE_JS_URL and friends are read from the running server's environment, not frozen at build time.
 */

export type SecurityHeaderOptions = {
  production: boolean
  /** Stripe.js (or the local stand-in's `/v3`); its origin may load scripts, frames and make requests. */
  stripeJsUrl?: string
}

const STRIPE_JS = 'https://js.stripe.com'

const originOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined
  try {
    return new URL(url).origin
  } catch {
    throw new Error(`STRIPE_JS_URL must be an absolute URL such as https://js.stripe.com/v3; got "${url}".`)
  }
}

const unique = (values: (string | false | undefined)[]) => [
  ...new Set(values.filter((value): value is string => Boolean(value))),
]

/**
 * Content-Security-Policy compatible with the Payload admin and Stripe.js:
 * - scripts: 'unsafe-inline' because Next streams its RSC payload and Payload its theme through inline scripts
 *   without a nonce (a nonce would force dynamic rendering of every page); external scripts only from our own
 *   origin (the admin's code editor too: src/endpoints/monacoFiles.ts) and Stripe;
 * - styles: 'unsafe-inline' for the style attributes React renders on the server;
 * - frame-ancestors 'self': no other site may frame ours (clickjacking); the admin's live preview, same origin, may;
 * - development adds 'unsafe-eval' and WebSocket connections for Next's dev overlay and hot reload.
 */
export function contentSecurityPolicy({ production, stripeJsUrl }: SecurityHeaderOptions): string {
  const stripe = unique([STRIPE_JS, originOf(stripeJsUrl)])
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': unique(["'self'", "'unsafe-inline'", !production && "'unsafe-eval'", ...stripe]),
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': unique(["'self'", 'https://api.stripe.com', ...stripe, !production && 'ws:', !production && 'wss:']),
    'frame-src': unique(["'self'", ...stripe, 'https://hooks.stripe.com']),
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    // Browsers ignore it over plain HTTP; in development it would pin localhost to HTTPS for two years.
    ...(options.production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  }
}

let cached: { key: string; headers: Record<string, string> } | undefined

/** The headers for the running server, from its environment (built once per distinct environment). */
export function serverSecurityHeaders(): Record<string, string> {
  const options = { production: process.env.NODE_ENV === 'production', stripeJsUrl: process.env.STRIPE_JS_URL }
  const key = `${options.production}|${options.stripeJsUrl ?? ''}`
  if (cached?.key !== key) cached = { key, headers: securityHeaders(options) }
  return cached.headers
}

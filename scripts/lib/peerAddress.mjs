/**
 * Preloaded into the Next server process (`node --import ./scripts/lib/peerAddress.mjs`, see scripts/run.ts and
 * tests/e2e/server.ts): Next hands route handlers no peer address (its own `x-forwarded-for` fallback keeps whatever
 * the client sent), so every request the HTTP server receives gets the socket's address in `x-peer-address`,
 * overwriting any header of that name the client sent. `clientAddress` (src/services/rateLimit.ts) reads it only
 * when this module announced itself through the global symbol below.
 *
 * A request arriving with X-Forwarded-For while TRUST_PROXY is unset is reported once: behind a reverse proxy every
 * socket address is the proxy's, so every client would share one rate-limit bucket.
 */
/* global process, console -- a Node preload, outside the TypeScript project */
import http from 'node:http'

const HEADER = 'x-peer-address'
const trusted = () => ['1', 'true'].includes((process.env.TRUST_PROXY ?? '').trim().toLowerCase())
let warned = false

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === 'request' && request?.headers) {
    request.headers[HEADER] = (request.socket?.remoteAddress ?? '').replace(/^::ffff:/, '')
    if (!warned && request.headers['x-forwarded-for'] !== undefined && !trusted()) {
      warned = true
      console.warn(
        '[platform] A request came with X-Forwarded-For but TRUST_PROXY is not set: if this server runs behind a ' +
          'reverse proxy, every client shares the proxy address in the rate limits and login throttling. Set ' +
          'TRUST_PROXY=1 when the proxy writes X-Forwarded-For, X-Forwarded-Host and X-Forwarded-Proto itself.',
      )
    }
  }
  return emit.call(this, event, request, ...rest)
}

globalThis[Symbol.for('platform.peerAddressHeader')] = HEADER

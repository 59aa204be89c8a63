/**
 * Preloaded into the Next server process (`node --import ./scripts/lib/peerAddress.mjs`, see scripts/run.ts and
 * tests/e2e/server.ts): Next hands route handlers no peer address (its own `x-forwarded-for` fallback keeps whatever
 * the client sent), so every request the HTTP server receives gets the socket's address in `x-peer-address`,
 * overwriting any header of that name the client sent. `clientAddress` (src/services/rateLimit.ts) reads it only
 * when this module announced itself through the global symbol below.
 *
 * A request arriving with X-Forwarded-For while TRUST_PROXY is unset is reported once: behind a reverse proxy every
 * socket address is the proxy's, so every client would share one rate-limit bucket.
 *
 * A request whose declared Content-Length is over the cap (src/services/bodyCaps.mjs) is answered 413 here, in
 * Payload's error shape and the caller's language, and its connection closed: Next reads a body before its proxy
 * runs, so a client declaring 1 GB and sending 10 bytes would otherwise hold a request open until the time-out.
 */
/* global process, console, Buffer -- a Node preload, outside the TypeScript project */
import http from 'node:http'

import { BODY_TOO_LARGE, declaredBodyCap } from '../../src/services/bodyCaps.mjs'

const HEADER = 'x-peer-address'
const trusted = () => ['1', 'true'].includes((process.env.TRUST_PROXY ?? '').trim().toLowerCase())
let warned = false

/** The first of fr, de and en the client accepts (Accept-Language, in its order), else en. */
const language = (accept = '') =>
  accept
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((code) => code in BODY_TOO_LARGE) ?? 'en'

/** Answers 413 at once when the declared body is over the cap; true when it did. */
function refusedAsTooLarge(request, response) {
  const cap = declaredBodyCap(request.headers['content-length'], request.headers['content-type'])
  if (cap === null || !response) return false
  const lang = language(request.headers['accept-language'])
  const message = BODY_TOO_LARGE[lang].replace('{{bytes}}', cap.toLocaleString(lang))
  const body = JSON.stringify({ errors: [{ message }] })
  response.shouldKeepAlive = false
  response.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  })
  response.end(body, () => request.socket?.destroySoon?.())
  return true
}

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === 'request' && request?.headers) {
    if (refusedAsTooLarge(request, rest[0])) return true
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

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { checkParams } from './checkParams'
import { invalidRequest, StripeStandInError } from './errors'
import { type FormObject, parseStripeForm } from './formBody'
import { invoicePage, invoicePdf } from './invoicing'
import { onlyParams } from './params'
import { StripeStandInState, stripeId, type StripeObject } from './resources'
import { stripeJsSource } from './stripeJs'
import { type WebhookDelivery, webhookForwarder } from './webhooks'

/**
 * A local stand-in for Stripe: the part of Stripe's REST API the app uses, at Stripe's paths and in Stripe's shapes,
 * with state in memory; signed webhook events to `forwardUrl`; a stand-in Stripe.js at /v3. Any `sk_test_` key is
 * accepted (and a `pk_test_` key where Stripe.js uses one). Tests start it on port 0 and read `state` / `requests`.
 */

export const STRIPE_STAND_IN_API_VERSION = '2026-10-28.endive'
/** The signing secret used when none is given; `npm run stand-ins` prints the one in use. */
export const STRIPE_STAND_IN_WEBHOOK_SECRET = 'whsec_local_stand_in_secret'

export type StripeStandInOptions = {
  port: number
  host?: string
  /** Signs forwarded events; default STRIPE_STAND_IN_WEBHOOK_SECRET. */
  webhookSecret?: string
  /** Where to POST signed events (the app's /api/stripe/webhook). Unset: events are only recorded. */
  forwardUrl?: string
  /** The stand-in's clock in Unix seconds (default: the system clock); advanceTime runs ahead of it. */
  now?: () => number
}

export type RecordedRequest = {
  method: string
  path: string
  idempotencyKey: string | null
  params: FormObject
  status: number | null
}

type Failure = number | 'timeout'

/** A request held by `hold`: `reached` resolves when it arrives (still unanswered, not yet carried out); `release` lets it run. */
export type HeldRequest = { reached: Promise<void>; release(): void }

export type StripeStandIn = {
  url: string
  close(): Promise<void>
  state: StripeStandInState
  /** Every API request received, in order, with its answer's status (null while it hangs). */
  requests: RecordedRequest[]
  /** The next request to `path` ("/v1/customers" or "POST /v1/customers") answers `status`, or never answers ('timeout'). */
  failNext(path: string, failure: Failure): void
  /**
   * TEST-ONLY slow switch: every later request to `operation` ("POST /v1/subscriptions" or "/v1/subscriptions/:id",
   * ids written `:id`) waits `ms` before it is carried out and answered; `null` removes the delay. Also settable over
   * HTTP while the stand-in runs: `POST /_stand_in/delay` with `{"operation": "...", "ms": 12000}`.
   */
  setDelay(operation: string, ms: number | null): void
  /**
   * TEST-ONLY: the next request to `operation` waits, unanswered and not yet carried out, until `release()`, so a
   * test can look at the app while a Stripe call is in flight. As at Stripe, a request repeated with the same
   * idempotency key meanwhile is refused with 409 (`idempotency_error`, another request in progress).
   */
  hold(operation: string): HeldRequest
  /** Records an event and sends it signed to forwardUrl; resolves once delivered. */
  emit(type: string, object: StripeObject, previousAttributes?: Record<string, unknown>): Promise<StripeObject>
  deliveries: WebhookDelivery[]
  /** Resolves once every event so far has been delivered. */
  webhooksIdle(): Promise<void>
  webhookSecret: string
  /** The stand-in's time in Unix seconds. */
  now(): number
  /**
   * TEST-ONLY (not a Stripe path): moves the stand-in's clock forward by `seconds`, ending trials, rolling periods,
   * applying schedule phases, invoicing and charging the default card, retrying open invoices, and sending the events
   * of each step (see StripeStandInState.advanceTime); resolves once they are delivered.
   */
  advanceTime(seconds: number): Promise<void>
}

type Auth = { kind: 'secret' | 'publishable'; key: string }
type Handler = (context: { params: FormObject; ids: string[]; state: StripeStandInState }) => object
/** `operation`: "POST /v1/subscriptions/:id", the key of its parameters in Stripe's published types. */
type Route = { operation: string; method: string; pattern: RegExp; handler: Handler; publishable?: boolean }

const ID = '([A-Za-z0-9_]+)'
const route = (method: string, path: string, handler: Handler, publishable = false): Route => ({
  operation: `${method} ${path}`,
  method,
  pattern: new RegExp(`^${path.replaceAll(':id', ID)}$`),
  handler,
  publishable,
})

const ROUTES: Route[] = [
  route('POST', '/v1/customers', ({ state, params }) => state.createCustomer(params)),
  route('GET', '/v1/customers/:id', ({ state, ids }) => state.retrieveCustomer(ids[0])),
  route('POST', '/v1/customers/:id', ({ state, ids, params }) => state.updateCustomer(ids[0], params)),
  route('DELETE', '/v1/customers/:id', ({ state, ids }) => state.deleteCustomer(ids[0])),
  route('GET', '/v1/customers/:id/payment_methods', ({ state, ids, params }) =>
    state.listPaymentMethods(params, ids[0]),
  ),
  route('POST', '/v1/products', ({ state, params }) => state.createProduct(params)),
  route('GET', '/v1/products', ({ state, params }) => state.listProducts(params)),
  route('GET', '/v1/products/:id', ({ state, ids }) => state.retrieveProduct(ids[0])),
  route('POST', '/v1/products/:id', ({ state, ids, params }) => state.updateProduct(ids[0], params)),
  route('POST', '/v1/prices', ({ state, params }) => state.createPrice(params)),
  route('GET', '/v1/prices', ({ state, params }) => state.listPrices(params)),
  route('GET', '/v1/prices/:id', ({ state, ids }) => state.retrievePrice(ids[0])),
  route('POST', '/v1/prices/:id', ({ state, ids, params }) => state.updatePrice(ids[0], params)),
  route('GET', '/v1/payment_methods', ({ state, params }) => state.listPaymentMethods(params)),
  route('GET', '/v1/payment_methods/:id', ({ state, ids }) => state.retrievePaymentMethod(ids[0])),
  route('POST', '/v1/payment_methods/:id/attach', ({ state, ids, params }) =>
    state.attachPaymentMethod(ids[0], params),
  ),
  route('POST', '/v1/payment_methods/:id/detach', ({ state, ids }) => state.detachPaymentMethod(ids[0])),
  route('POST', '/v1/setup_intents', ({ state, params }) => state.createSetupIntent(params)),
  route('GET', '/v1/setup_intents/:id', ({ state, ids }) => state.retrieveSetupIntent(ids[0]), true),
  route(
    'POST',
    '/v1/setup_intents/:id/confirm',
    ({ state, ids, params }) => state.confirmSetupIntent(ids[0], params),
    true,
  ),
  route('POST', '/v1/setup_intents/:id/cancel', ({ state, ids, params }) => state.cancelSetupIntent(ids[0], params)),
  route(
    'POST',
    '/v1/setup_intents/:id/stand_in_authenticate',
    ({ state, ids, params }) => state.authenticateSetupIntent(ids[0], params),
    true,
  ),
  route('POST', '/v1/subscriptions', ({ state, params }) => state.createSubscription(params)),
  route('GET', '/v1/subscriptions', ({ state, params }) => state.listSubscriptions(params)),
  route('GET', '/v1/subscriptions/:id', ({ state, ids }) => state.retrieveSubscription(ids[0])),
  route('POST', '/v1/subscriptions/:id', ({ state, ids, params }) => state.updateSubscription(ids[0], params)),
  route('DELETE', '/v1/subscriptions/:id', ({ state, ids, params }) => state.cancelSubscription(ids[0], params)),
  route('GET', '/v1/events/:id', ({ state, ids }) => state.retrieveEvent(ids[0])),
  route('POST', '/v1/invoices/create_preview', ({ state, params }) => state.previewInvoice(params)),
  route('GET', '/v1/invoices', ({ state, params }) => state.listInvoices(params)),
  route('GET', '/v1/invoices/:id', ({ state, ids }) => state.retrieveInvoice(ids[0])),
  route('POST', '/v1/invoices/:id/pay', ({ state, ids, params }) => state.payInvoice(ids[0], params)),
  route('POST', '/v1/subscription_schedules', ({ state, params }) => state.createSchedule(params)),
  route('GET', '/v1/subscription_schedules/:id', ({ state, ids }) => state.retrieveSchedule(ids[0])),
  route('POST', '/v1/subscription_schedules/:id', ({ state, ids, params }) => state.updateSchedule(ids[0], params)),
  route('POST', '/v1/subscription_schedules/:id/release', ({ state, ids, params }) =>
    state.releaseSchedule(ids[0], params),
  ),
]

/** Every operation the stand-in serves ("POST /v1/subscriptions/:id"). */
export const STRIPE_STAND_IN_OPERATIONS = ROUTES.map(({ operation }) => operation)

/** Operations that are not Stripe's (the stand-in's 3-D Secure page), with the parameters they take. */
export const STAND_IN_ONLY: Record<string, string[]> = {
  'POST /v1/setup_intents/:id/stand_in_authenticate': ['client_secret', 'outcome'],
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account',
  'Access-Control-Max-Age': '600',
}

const MAX_BODY_BYTES = 1_000_000

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) reject(invalidRequest('Request body too large.'))
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function authenticate(header: string | undefined): Auth {
  const match = /^(Bearer|Basic) (.+)$/.exec(header ?? '')
  if (!match) {
    throw new StripeStandInError(
      401,
      'invalid_request_error',
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    )
  }
  const key = match[1] === 'Basic' ? Buffer.from(match[2], 'base64').toString('utf8').replace(/:$/, '') : match[2]
  if (/^sk_test_\S+$/.test(key)) return { kind: 'secret', key }
  if (/^pk_test_\S+$/.test(key)) return { kind: 'publishable', key }
  const shown = key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : key
  throw new StripeStandInError(401, 'invalid_request_error', `Invalid API Key provided: ${shown}`, {
    code: 'api_key_invalid',
  })
}

/**
 * Replaces ids named by `expand` (e.g. `payment_method`, `items.data.price.product`) with their objects. As at Stripe,
 * an id on the way is expanded too: `customer.invoice_settings.default_payment_method` expands the customer.
 */
function expand(value: object, paths: string[], state: StripeStandInState): object {
  const object = (child: unknown) => (typeof child === 'string' ? state.find(child) : undefined)
  const walk = (node: unknown, segments: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, segments))
    if (!node || typeof node !== 'object' || segments.length === 0) return node
    const [head, ...rest] = segments
    const child = (node as Record<string, unknown>)[head]
    const found = object(child)
    if (rest.length === 0) return found ? { ...node, [head]: structuredClone(found) } : node
    return { ...node, [head]: walk(found ? structuredClone(found) : child, rest) }
  }
  return paths.reduce<unknown>((node, path) => walk(node, path.split('.')), value) as object
}

export async function startStripeStandIn(options: StripeStandInOptions): Promise<StripeStandIn> {
  const webhookSecret = options.webhookSecret ?? STRIPE_STAND_IN_WEBHOOK_SECRET
  const forwarder = options.forwardUrl ? webhookForwarder(options.forwardUrl, webhookSecret) : undefined
  const requests: RecordedRequest[] = []
  const failures: { path: string; failure: Failure }[] = []
  const idempotent = new Map<string, { fingerprint: string; status: number; body: object }>()
  const inProgress = new Set<string>()
  const delays = new Map<string, number>()
  const holds: { operation: string; arrived: () => void; released: Promise<void> }[] = []
  /** "POST /v1/subscriptions/sub_123" matches "POST /v1/subscriptions/:id", "/v1/subscriptions/:id" and the exact path. */
  const matches = (operation: string, method: string, pathname: string) => {
    const [opMethod, opPath] = operation.includes(' ') ? operation.split(' ', 2) : [null, operation]
    if (opMethod && opMethod !== method) return false
    return new RegExp(`^${opPath.replaceAll(':id', ID)}$`).test(pathname)
  }
  const hold = (operation: string): HeldRequest => {
    let arrived!: () => void
    let release!: () => void
    const reached = new Promise<void>((resolve) => (arrived = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    holds.push({ operation, arrived, released })
    return { reached, release }
  }
  /** Waits as the slow switch and holds say for this request. */
  const slowDown = async (method: string, pathname: string) => {
    const held = holds.findIndex(({ operation }) => matches(operation, method, pathname))
    if (held !== -1) {
      const [{ arrived, released }] = holds.splice(held, 1)
      arrived()
      await released
    }
    const delay = [...delays].find(([operation]) => matches(operation, method, pathname))?.[1]
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
  }
  let currentRequest: { id: string; idempotencyKey: string | null } = { id: '', idempotencyKey: null }

  const recordEvent = (
    type: string,
    object: StripeObject,
    previousAttributes?: Record<string, unknown>,
  ): { event: StripeObject; delivered: Promise<void> } => {
    const event: StripeObject & { type: string } = {
      id: stripeId('evt'),
      object: 'event',
      api_version: STRIPE_STAND_IN_API_VERSION,
      created: state.now(),
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
      },
      livemode: false,
      pending_webhooks: forwarder ? 1 : 0,
      request: { id: currentRequest.id || null, idempotency_key: currentRequest.idempotencyKey },
      type,
    }
    state.events.set(event.id, event)
    return { event, delivered: forwarder ? forwarder.send(event) : Promise.resolve() }
  }
  const state = new StripeStandInState(
    (type, object, previous) => void recordEvent(type, object, previous),
    options.now,
  )

  const send = (response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...CORS_HEADERS, ...headers })
    response.end(JSON.stringify(body, null, 2))
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://stand-in')
    const method = request.method ?? 'GET'
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS)
      response.end()
      return
    }
    if (method === 'GET' && (url.pathname === '/v3' || url.pathname === '/v3/')) {
      const origin = `http://${request.headers.host ?? `${options.host ?? '127.0.0.1'}:${options.port}`}`
      response.writeHead(200, {
        'Content-Type': 'application/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
        ...CORS_HEADERS,
      })
      response.end(stripeJsSource(origin))
      return
    }

    const invoicePath = method === 'GET' ? /^\/invoices\/([A-Za-z0-9_]+)(\/pdf)?$/.exec(url.pathname) : null
    if (invoicePath) {
      const invoice = state.invoices.get(invoicePath[1])
      if (!invoice) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('No such invoice')
      } else if (invoicePath[2]) {
        response
          .writeHead(200, {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `inline; filename="${invoice.number}.pdf"`,
          })
          .end(invoicePdf(invoice))
      } else {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(invoicePage(invoice))
      }
      return
    }

    if (method === 'POST' && url.pathname === '/_stand_in/delay') {
      try {
        const { operation, ms } = JSON.parse(await readBody(request)) as { operation?: unknown; ms?: unknown }
        if (typeof operation !== 'string' || !(ms === null || (Number.isInteger(ms) && (ms as number) >= 0)))
          throw new Error('expected {"operation": "POST /v1/subscriptions", "ms": 12000 | null}')
        delays.delete(operation)
        if (ms) delays.set(operation, ms as number)
        send(response, 200, { delays: Object.fromEntries(delays) })
      } catch (error) {
        send(response, 400, { error: { type: 'invalid_request_error', message: (error as Error).message } })
      }
      return
    }

    let raw: string
    try {
      raw = await readBody(request)
    } catch (error) {
      if (error instanceof StripeStandInError) send(response, error.status, error.body(), { Connection: 'close' })
      else throw error
      return
    }
    const params = parseStripeForm(method === 'GET' || method === 'DELETE' ? `${url.search.slice(1)}&${raw}` : raw)
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null
    const record: RecordedRequest = { method, path: url.pathname, idempotencyKey, params, status: null }
    requests.push(record)
    const requestId = stripeId('req')
    const headers: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': STRIPE_STAND_IN_API_VERSION }
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey
    const answer = (status: number, body: object, extra: Record<string, string> = {}) => {
      record.status = status
      send(response, status, body, { ...headers, ...extra })
    }

    const failureIndex = failures.findIndex(({ path }) => path === url.pathname || path === `${method} ${url.pathname}`)
    if (failureIndex !== -1) {
      const [{ failure }] = failures.splice(failureIndex, 1)
      if (failure === 'timeout') return // never answered; close() ends the connection
      answer(failure, {
        error: { type: 'api_error', message: `Injected failure (status ${failure}) from the Stripe stand-in.` },
      })
      return
    }

    try {
      const auth = authenticate(request.headers.authorization)
      const found = ROUTES.map((candidate) => ({
        candidate,
        match: candidate.method === method ? candidate.pattern.exec(url.pathname) : null,
      })).find(({ match }) => match)
      if (!found)
        throw new StripeStandInError(
          404,
          'invalid_request_error',
          `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        )
      const ids = found.match!.slice(1)
      if (auth.kind === 'publishable') {
        if (!found.candidate.publishable) {
          throw new StripeStandInError(
            401,
            'invalid_request_error',
            'This API call cannot be made with a publishable API key. Please use a secret API key.',
          )
        }
        const setupIntent = state.retrieveSetupIntent(ids[0])
        if (params.client_secret !== setupIntent.client_secret) {
          throw invalidRequest(
            'The client_secret provided does not match the client_secret associated with the SetupIntent.',
            'client_secret',
          )
        }
      }
      const { operation } = found.candidate
      if (operation in STAND_IN_ONLY) onlyParams(params, STAND_IN_ONLY[operation])
      else {
        // Stripe.js sends the client secret with a publishable key; Stripe takes it there on every operation.
        const { client_secret: _clientSecret, ...published } = params
        checkParams(operation, auth.kind === 'publishable' ? published : params)
      }
      delete params.client_secret

      const scope = idempotencyKey && method !== 'GET' ? `${auth.key}\n${idempotencyKey}` : null
      const fingerprint = `${method} ${url.pathname}\n${raw}`
      const earlier = scope ? idempotent.get(scope) : undefined
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          throw new StripeStandInError(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          )
        }
        answer(earlier.status, earlier.body, { 'Idempotent-Replayed': 'true' })
        return
      }
      if (scope && inProgress.has(scope)) {
        throw new StripeStandInError(
          409,
          'idempotency_error',
          `There is currently another in-progress request using this Stripe-Idempotency-Key (that probably means you sent two requests with the same key simultaneously). Please retry this request in a moment.`,
        )
      }
      if (scope) inProgress.add(scope)
      try {
        await slowDown(method, url.pathname)
      } finally {
        if (scope) inProgress.delete(scope)
      }

      currentRequest = { id: requestId, idempotencyKey }
      let status = 200
      let body: object
      try {
        const expandPaths = Array.isArray(params.expand) ? (params.expand as string[]) : []
        delete params.expand
        body = structuredClone(found.candidate.handler({ params, ids, state }))
        body = expand(body, expandPaths, state)
      } catch (error) {
        if (!(error instanceof StripeStandInError)) throw error
        status = error.status
        body = structuredClone(error.body())
        // Stripe saves the result of a request that ran (a declined card included), not one refused by validation.
        if (error.type !== 'card_error') {
          answer(status, body)
          return
        }
      } finally {
        currentRequest = { id: '', idempotencyKey: null }
      }
      if (scope) idempotent.set(scope, { fingerprint, status, body })
      answer(status, body)
    } catch (error) {
      if (error instanceof StripeStandInError) answer(error.status, error.body())
      else {
        console.error('Stripe stand-in failed:', error)
        answer(500, {
          error: { type: 'api_error', message: `The Stripe stand-in failed: ${(error as Error).message}` },
        })
      }
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) send(response, 500, { error: { type: 'api_error', message: String(error) } })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  const url = `http://${host}:${address.port}`
  state.baseUrl = url

  return {
    url,
    now: () => state.now(),
    advanceTime: async (seconds) => {
      state.advanceTime(seconds)
      await (forwarder?.idle() ?? Promise.resolve())
    },
    state,
    requests,
    webhookSecret,
    deliveries: forwarder?.deliveries ?? [],
    failNext: (path, failure) => void failures.push({ path, failure }),
    setDelay: (operation, ms) => {
      delays.delete(operation)
      if (ms) delays.set(operation, ms)
    },
    hold,
    emit: async (type, object, previousAttributes) => {
      const { event, delivered } = recordEvent(type, object, previousAttributes)
      await delivered
      return event
    },
    webhooksIdle: () => forwarder?.idle() ?? Promise.resolve(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

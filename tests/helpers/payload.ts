import config from '@payload-config'
import { getPayload, handleEndpoints, type Payload } from 'payload'

import * as navigation from '@/app/(frontend)/api/content-pages/navigation/route'
import * as resolve from '@/app/(frontend)/api/content-pages/resolve/route'
import * as pricing from '@/app/(frontend)/api/platform/pricing/route'
import { PEER_ADDRESS_MARK } from '@/services/rateLimit'

import { throughProxy } from './nextProxy'

/** As scripts/lib/peerAddress.mjs does in the server: requests carry their socket address in this header. */
export const PEER_ADDRESS_HEADER = 'x-peer-address'
;(globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARK] = PEER_ADDRESS_HEADER

export const testPayload = (): Promise<Payload> => getPayload({ config })

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions read answers of any shape field by field
export type JsonBody = any

export type RestResponse<T = JsonBody> = { status: number; body: T; headers: Headers }

type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> }

/** Next.js route handlers that take precedence over Payload's catch-all /api route. */
export const nextRoutes: Record<string, (request: Request) => Promise<Response>> = {
  '/api/content-pages/resolve': resolve.GET,
  '/api/content-pages/navigation': navigation.GET,
  '/api/platform/pricing': pricing.GET,
}

/**
 * A request through the app's real handlers, as Next routes it: src/proxy.ts first, then our Next routes, else
 * Payload's REST handlers. It comes from the socket address 127.0.0.1 unless `headers` names another in
 * `x-peer-address`.
 */
export async function rest<T = JsonBody>(
  method: string,
  path: string,
  { token, body, headers = {} }: RestOptions = {},
): Promise<RestResponse<T>> {
  const incoming = new Request(`http://localhost:3000${path}`, {
    method,
    headers: {
      [PEER_ADDRESS_HEADER]: '127.0.0.1',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const { request, answerHeaders, answer: proxyAnswer } = await throughProxy(incoming)
  const route = nextRoutes[new URL(request.url).pathname]
  const response = proxyAnswer ?? (route ? await route(request) : await handleEndpoints({ config, request }))
  const text = await response.text()
  const answer = new Headers(response.headers)
  for (const [name, value] of answerHeaders) if (!answer.has(name)) answer.set(name, value)
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: answer }
}

export async function login(email: string, password: string): Promise<string> {
  const response = await rest('POST', '/api/users/login', { body: { email, password } })
  if (response.status !== 200) throw new Error(`login ${email} failed: ${JSON.stringify(response.body)}`)
  return response.body.token
}

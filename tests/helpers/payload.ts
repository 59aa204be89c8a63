import config from '@payload-config'
import { getPayload, handleEndpoints, type Payload } from 'payload'

export const testPayload = (): Promise<Payload> => getPayload({ config })

export type RestResponse<T = any> = { status: number; body: T; headers: Headers }

type RestOptions = { token?: string; body?: unknown; headers?: Record<string, string> }

/** A request through Payload's own REST handlers (the same ones Next's /api route calls). */
export async function rest<T = any>(method: string, path: string, { token, body, headers = {} }: RestOptions = {}): Promise<RestResponse<T>> {
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const response = await rest('POST', '/api/users/login', { body: { email, password } })
  if (response.status !== 200) throw new Error(`login ${email} failed: ${JSON.stringify(response.body)}`)
  return response.body.token
}

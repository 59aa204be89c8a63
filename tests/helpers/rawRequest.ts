import config from '@payload-config'
import { handleEndpoints } from 'payload'

import type { RestResponse } from './payload'

/** A request whose body is sent as given (not JSON-encoded), through Payload's REST handlers. */
export async function rawRequest(
  method: string,
  path: string,
  {
    token,
    body,
    contentType,
    headers = {},
  }: { token?: string; body?: string; contentType?: string; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers: {
      ...(contentType ? { 'Content-Type': contentType } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body,
  })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

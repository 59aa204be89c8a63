import { NextRequest } from 'next/server'

import { proxy } from '@/proxy'

/**
 * Runs src/proxy.ts on a request the way Next's router does (router-utils/resolve-routes.js): the request
 * headers the proxy passes on replace the incoming ones, a rewrite changes the URL, and the proxy's own answer
 * headers (security headers) are added to the final answer. An answer of the proxy's own (a refusal) is the answer.
 */
export async function throughProxy(
  request: Request,
): Promise<{ request: Request; answerHeaders: Headers; answer?: Response }> {
  // The proxy reads no body: leave it to the route.
  const result = await proxy(new NextRequest(request.url, { method: request.method, headers: request.headers }))
  // Neither "next" nor a rewrite: the proxy answered the request itself.
  if (!result.headers.has('x-middleware-next') && !result.headers.has('x-middleware-rewrite'))
    return { request, answerHeaders: new Headers(), answer: result }
  const answerHeaders = new Headers()
  let headers = new Headers(request.headers)
  const overridden = result.headers.get('x-middleware-override-headers')
  if (overridden !== null) {
    headers = new Headers()
    for (const name of overridden.split(',').filter(Boolean)) {
      const value = result.headers.get(`x-middleware-request-${name}`)
      if (value !== null) headers.set(name, value)
    }
  }
  for (const [name, value] of result.headers) {
    if (!name.startsWith('x-middleware-')) answerHeaders.set(name, value)
  }
  const url = result.headers.get('x-middleware-rewrite') ?? request.url
  return {
    request: new Request(url, { method: request.method, headers, body: request.body, duplex: 'half' } as RequestInit),
    answerHeaders,
  }
}

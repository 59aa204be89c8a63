import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The whole request body as UTF-8 text. */
const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })

/** A JSON answer, unless the client has gone. */
export const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  if (response.destroyed) return
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}

/** The text parsed as JSON, or undefined when it is not JSON. */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Starts `server` on host:port (0 = any free port) and gives its base URL. */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
}

/** Stops `server` at once: pending timers (delayed answers) cleared, open connections cut. */
const closeServer = (server: Server, timers: Set<NodeJS.Timeout>): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })

export type PostRoute = {
  /** The one path the API answers, to POST only. */
  path: string
  /** The API's own error body for another path (404) or another method (405). */
  refusal: (status: 404 | 405, pathname: string) => unknown
  /**
   * Answers a POST to `path`, given its body; `pause(ms)` waits on a timer that closing the server drops; `bearer`
   * is the request's `Authorization: Bearer` token, if any.
   */
  answer: (
    body: string,
    response: ServerResponse,
    pause: (ms: number) => Promise<void>,
    bearer: string | null,
  ) => Promise<void>
}

/** Starts a stand-in API of one POST route on host:port; `url` is its base, `close` stops it at once. */
export async function servePost(
  route: PostRoute,
  port: number,
  host: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const timers = new Set<NodeJS.Timeout>()
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://stand-in')
    if (pathname !== route.path) return sendJson(response, 404, route.refusal(404, pathname))
    if (request.method !== 'POST') return sendJson(response, 405, route.refusal(405, pathname))
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null
    await route.answer(await readBody(request), response, pause, bearer)
  })

  return { url: await listen(server, port, host), close: () => closeServer(server, timers) }
}

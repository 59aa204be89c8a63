import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The whole request body as UTF-8 text. */
export const readBody = (request: IncomingMessage): Promise<string> =>
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

/** Starts `server` on host:port (0 = any free port) and gives its base URL. */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
}

/** Stops `server` at once: pending timers (delayed answers) cleared, open connections cut. */
export const closeServer = (server: Server, timers: Set<NodeJS.Timeout>): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })

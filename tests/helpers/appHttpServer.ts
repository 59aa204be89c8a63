import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import config from '@payload-config'
import { handleEndpoints } from 'payload'

import { nextRoutes } from './payload'

export type AppHttpServer = { url: string; close(): Promise<void> }

/**
 * The app's Payload REST handlers (and the Next routes in front of them, nextRoutes) behind a real HTTP server on 127.0.0.1 and a free port, for stand-ins that call the
 * app over HTTP (the Stripe stand-in's webhook forwarding). The body goes through untouched, as Next hands it over.
 */
export async function startAppHttpServer(): Promise<AppHttpServer> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', async () => {
      try {
        const headers = new Headers()
        for (const [name, value] of Object.entries(incoming.headers))
          if (typeof value === 'string') headers.set(name, value)
        const method = incoming.method ?? 'GET'
        const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, {
          method,
          headers,
          body: method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks),
        })
        const route = nextRoutes[new URL(request.url).pathname]
        const response = route ? await route(request) : await handleEndpoints({ config, request })
        const body = Buffer.from(await response.arrayBuffer())
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        outgoing.end(body)
      } catch (error) {
        outgoing.writeHead(500, { 'Content-Type': 'text/plain' })
        outgoing.end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http'

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

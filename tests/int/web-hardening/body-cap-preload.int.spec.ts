import { spawn } from 'node:child_process'
import net from 'node:net'

import { describe, expect, it } from 'vitest'

import { PEER_ADDRESS_PRELOAD } from '../../../scripts/lib/node'

/**
 * The preload of the Next server (scripts/lib/peerAddress.mjs) refuses a body declared over the cap as the request
 * arrives: `next start` reads a body before its proxy runs, so a declared 2 MB with 10 bytes sent would wait for the
 * time-out. Checked on a Node HTTP server started the way tests/e2e/server.ts starts `next start` (NODE_OPTIONS).
 */
const SERVER = `
const http = require('node:http')
const server = http.createServer((req, res) => {
  req.resume()
  req.on('end', () => res.end('read'))
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
`

async function withServer<T>(work: (port: number) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, NODE_OPTIONS: PEER_ADDRESS_PRELOAD },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const port = await new Promise<number>((resolve) => child.stdout.once('data', (chunk) => resolve(Number(chunk))))
    return await work(port)
  } finally {
    child.kill()
  }
}

/** Sends the head and a short body, and gives what arrives within `ms` (or until the server closes). */
function send(port: number, head: string, ms = 5000): Promise<string> {
  return new Promise((resolve) => {
    let answer = ''
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${head}\r\n\r\n{"a":1}`))
    const timer = setTimeout(() => socket.destroy(), ms)
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(answer)
    })
  })
}

describe('a declared body over the cap, on the Node server of `next start`', () => {
  it('answers 413 at once in Payload error shape and the caller language, and closes the connection', async () => {
    await withServer(async (port) => {
      const answer = await send(
        port,
        'POST /api/users/login HTTP/1.1\r\nHost: x\r\nAccept-Language: de-DE,fr;q=0.5\r\nContent-Type: application/json\r\nContent-Length: 1048577',
      )
      expect(answer).toMatch(/^HTTP\/1\.1 413 /)
      expect(answer).toMatch(/Connection: close/i)
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))
      expect(body).toEqual({
        errors: [{ message: 'Der Body der Anfrage ist zu groß: Hier werden höchstens 1.048.576 Bytes angenommen.' }],
      })

      // An upload may declare up to 2 MiB: it reaches the server.
      const upload = await send(
        port,
        'POST /api/invoice-logos HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 7\r\nConnection: close',
      )
      expect(upload).toMatch(/^HTTP\/1\.1 200 /)
      const tooLarge = await send(
        port,
        'POST /api/invoice-logos HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 2097153',
      )
      expect(tooLarge).toMatch(/^HTTP\/1\.1 413 /)
    })
  })
})

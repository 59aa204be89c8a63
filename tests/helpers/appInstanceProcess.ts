/**
 * A second app instance for tests that need two (its own Payload, connection pool and event loop, as a second
 * server of a production deployment): the app's REST handlers over HTTP (startAppHttpServer), in a child process.
 * Prints `{"url": …}` once it serves; exits when its stdin closes, so it never outlives the test that started it.
 * A line `caughtUp` on its stdin answers `{"caughtUp": true}` once its content cache has applied every invalidation
 * committed before (see ContentCache.caughtUp).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { startAppHttpServer } from './appHttpServer'
import { contentCacheCaughtUp } from './contentCache'

const payload = await getPayload({ config })
const server = await startAppHttpServer()
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`)
process.stdin.resume()
process.stdin.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) {
    if (line.trim() === 'caughtUp')
      void contentCacheCaughtUp(payload).then(() => process.stdout.write(`${JSON.stringify({ caughtUp: true })}\n`))
  }
})
process.stdin.on('end', () => process.exit(0))

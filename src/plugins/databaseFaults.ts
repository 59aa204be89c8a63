import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { AuthStrategy, Config, Payload, Plugin } from 'payload'

import { databaseOutageAnswer } from '@/endpoints/databaseOutage'
import { surfaceCommitFailures } from '@/services/db/committedTransactions'
import { DatabaseUnavailable } from '@/services/db/outage'
import { probeDatabase } from '@/services/health/databaseProbe'

/** Whether a request presents credentials (a bearer or API-key header, or the auth cookie). */
const presentsCredentials = (headers: Headers, payload: Payload): boolean =>
  Boolean(headers.get('authorization')) ||
  (headers.get('cookie') ?? '').includes(`${payload.config.cookiePrefix ?? 'payload'}-token=`)

/**
 * Payload's JWT strategy catches every error of its user lookup and answers "nobody": with the database down, a
 * signed-in user becomes anonymous (401, `{"user": null}`). Wrapped: when a strategy finds no user for a request
 * that presents credentials, it looks up to three more times while the database answers (a lookup may have met a
 * connection a restart broke), and when the database does not answer the request is marked, and every REST handler
 * (Payload's own and ours: `guardedHandlers`) refuses a marked request as an outage (503, databaseOutageAnswer).
 * Thrown from the strategy it would be swallowed by executeAuthStrategies.
 */
function outageAwareStrategy(strategy: AuthStrategy, payload: Payload, unreachable: WeakSet<object>): AuthStrategy {
  return {
    ...strategy,
    authenticate: async (args) => {
      let result = await strategy.authenticate(args)
      if (!args.req || !presentsCredentials(args.headers, payload)) return result
      // After a restart a lookup may fail on a pooled connection the restart broke while the probe succeeds on a new
      // one: a few more looks before calling the user signed out.
      for (let look = 0; look < 3 && !result.user; look++) {
        if (!(await probeDatabase(payload)).reachable) {
          unreachable.add(args.req)
          return result
        }
        result = await strategy.authenticate(args)
      }
      return result
    },
  }
}

/** Every REST endpoint's handler (global, collection and global-document ones) refuses a request marked unreachable. */
function guardedHandlers(payload: Payload, unreachable: WeakSet<object>): void {
  const lists = [
    payload.config.endpoints,
    ...Object.values(payload.collections).map((collection) => collection.config.endpoints),
    ...payload.globals.config.map((global) => global.endpoints),
  ]
  for (const endpoints of lists) {
    if (!endpoints) continue
    for (const endpoint of endpoints) {
      const handler = endpoint.handler
      endpoint.handler = (req) => {
        if (unreachable.has(req)) throw new DatabaseUnavailable()
        return handler(req)
      }
    }
  }
}

/**
 * A connection the database drops (restart, outage, pg_terminate_backend) makes node-postgres emit 'error' on the
 * client, and on the pool when the client was idle; with nobody listening, Node ends the process. Listened to here on
 * every client and on the pool: a line in the log, and the pool replaces the connection when it is next released.
 */
function survivePoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const lost = (err: Error) => payload.logger.warn({ msg: `database connection lost: ${err.message}` })
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
}

/**
 * What Payload 3.90 gets wrong when the database fails, put right in every process (app instances, the worker):
 * a dropped connection does not end the process, a failed COMMIT is reported as one (src/services/db/committedTransactions.ts), a user lookup that failed is not
 * "signed out", and an unreachable database answers 503 with `Retry-After` (src/endpoints/databaseOutage.ts).
 */
export const databaseFaults =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    hooks: { ...config.hooks, afterError: [databaseOutageAnswer, ...(config.hooks?.afterError ?? [])] },
    onInit: async (payload) => {
      survivePoolErrors(payload)
      surfaceCommitFailures(payload.db as unknown as PostgresAdapter)
      const unreachable = new WeakSet<object>()
      payload.authStrategies = payload.authStrategies.map((strategy) =>
        outageAwareStrategy(strategy, payload, unreachable),
      )
      guardedHandlers(payload, unreachable)
      await config.onInit?.(payload)
    },
  })

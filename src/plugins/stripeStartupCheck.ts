import type { Config, Plugin } from 'payload'

import { stripeStartupProblems } from '@/services/stripe/client'

/**
 * Logs each problem of the Stripe settings (a webhook secret with a stray newline, a publishable key in place of the
 * secret one, ...) as an error when Payload starts, in the web server and the jobs worker alike, whoever launched
 * them. `npm start` and `npm run jobs` check the same earlier and refuse to start (scripts/run.ts).
 */
export const stripeStartupCheck =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      for (const problem of stripeStartupProblems()) payload.logger.error({ msg: `Stripe settings: ${problem}` })
    },
  })

import type { Config, PayloadRequest, Plugin } from 'payload'

import { asAPIError } from '@/endpoints/domainErrors'

type Hook = (args: { req: PayloadRequest }) => unknown

/** A hook whose refusals (domain errors) leave it as the APIError they answer as, in the request's language. */
const answering =
  (hook: Hook): Hook =>
  async (args) => {
    try {
      return await hook(args)
    } catch (error) {
      throw asAPIError(error, args.req)
    }
  }

/**
 * Collection hooks are an edge too: a refusal thrown in one leaves it as a public APIError. Payload's bulk update
 * and delete keep only a per-row message, and only a public APIError's: without this, a bulk write refused by a
 * hook answered a generic message instead of the refusal's. Apply it after the plugins that add hooks.
 */
export const refusalsInHooks =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: Object.fromEntries(
        Object.entries(collection.hooks ?? {}).map(([name, hooks]) => [
          name,
          name === 'afterError' || !Array.isArray(hooks) ? hooks : hooks.map((hook) => answering(hook as Hook)),
        ]),
      ),
    })),
  })

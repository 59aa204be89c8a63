import type { Config, Plugin } from 'payload'

import { allOrNothing } from './allOrNothing'
import { clientErrors } from './clientErrors'
import { noVersionRoutes } from './noVersionRoutes'
import { strictRestInput } from './restQuery'

/**
 * Bad input answers a clear 4xx, never a 5xx and never a silent loss, for every collection: REST ids, query
 * parameters and bodies are checked before the operation (`strictRestInput`), and client errors keep their
 * message in production (`clientErrors`); the version routes of collections that keep no versions answer 404
 * (`noVersionRoutes`). Limits: `./limits.ts`. Apply it last, after plugins that add
 * collections.
 */
export const strictInput =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      ...(collection.endpoints === false
        ? {}
        : { endpoints: [...noVersionRoutes(collection), ...(collection.endpoints ?? [])] }),
      hooks: {
        ...collection.hooks,
        beforeOperation: [strictRestInput, ...(collection.hooks?.beforeOperation ?? [])],
        afterOperation: [...(collection.hooks?.afterOperation ?? []), allOrNothing],
      },
    })),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), clientErrors] },
    onInit: async (payload) => {
      // Payload adds its own collections (preferences, locked documents, key-value store) after the plugins
      // have run; they take REST input too.
      for (const { config: collection } of Object.values(payload.collections)) {
        const before = (collection.hooks.beforeOperation ??= [])
        if (!before.includes(strictRestInput)) before.unshift(strictRestInput)
        const after = (collection.hooks.afterOperation ??= [])
        if (!after.includes(allOrNothing)) after.push(allOrNothing)
      }
      await config.onInit?.(payload)
    },
  })

import type { Config, Plugin } from 'payload'

import { clientErrors } from './clientErrors'
import { strictRestInput } from './restQuery'

/**
 * Bad input answers a clear 4xx, never a 5xx and never a silent loss, for every collection of the config:
 * REST ids, query parameters and bodies are checked before the operation (`strictRestInput`), and client
 * errors keep their message in production (`clientErrors`). Limits: `./limits.ts`.
 */
export const strictInput =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [strictRestInput, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), clientErrors] },
  })

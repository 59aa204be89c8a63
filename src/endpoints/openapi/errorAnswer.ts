import { z } from 'zod'

import type { ErrorStatus } from './operation'

/** Payload's error shape, which our endpoints keep; Payload may add fields (`name`, `data`, `stack` in debug). */
export const errorAnswerSchema = z
  .looseObject({
    errors: z
      .array(
        z.looseObject({
          message: z
            .string()
            .describe("In the caller's language (Accept-Language, or the signed-in user's admin language)."),
          data: z
            .looseObject({
              errors: z
                .array(z.looseObject({ path: z.string(), message: z.string() }))
                .optional()
                .describe('Each invalid field, by its path in the body or query.'),
            })
            .optional(),
        }),
      )
      .min(1),
  })
  .meta({ id: 'Error', description: 'A refusal: `errors[0].message` says what to do.' })

/** What each refusal means, the same on every route. */
export const ERROR_MEANINGS: Record<ErrorStatus, string> = {
  400: 'Invalid input: the body, query or path, named field by field in `errors[0].data.errors` where it is a field.',
  401: 'Not signed in.',
  402: 'The card was declined or needs an action the customer has not completed.',
  403: 'Signed in, but not allowed: another vendor, a role without the right, a plan without the feature, a read-only subscription.',
  404: 'Not found (or not visible to the caller).',
  409: 'Conflicts with the current state (already done, not yet possible, taken by another).',
  413: 'The body is larger than the route reads (1 MiB; the Stripe webhook its own limit).',
  429: 'Too many requests from this address or for this target: wait the seconds of `Retry-After`.',
  502: 'An outside service (Stripe, Letzshop) failed; nothing was changed.',
  503: 'The server is not configured for this (e.g. Stripe keys missing): the message names the setting.',
  504: 'An outside service (Letzshop) did not answer in time.',
}

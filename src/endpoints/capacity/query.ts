import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { type CapacityPlatform, capacityPlatforms } from '@/services/capacity/capacityScope'

import { parseQuery, perLanguage, slugParam } from '../validation'

/** 1 to 365 written as a plain whole number: `abc`, `-1`, `0`, `1.5`, `100000` and `+3` are refused. */
const DAYS_PATTERN = /^(?:[1-9]\d?|[12]\d\d|3[0-5]\d|36[0-5])$/

export const DEFAULT_TREND_DAYS = 90

export const platformQuery = perLanguage((req: MessageSource) =>
  z.object({ platform: slugParam(req, 'platform').optional().describe('A platform code; default all of yours.') }),
)

export const trendsQuery = perLanguage((req: MessageSource) =>
  platformQuery(req).extend({
    days: z
      .string()
      .regex(DAYS_PATTERN, t(req, 'capacityDaysInvalid'))
      .optional()
      .describe(`How many days back, 1 to 365 (default ${DEFAULT_TREND_DAYS}).`),
  }),
)

/** The platforms a capacity route answers about: the caller's (all for super admins), or the one `platform` names. */
export async function requestedPlatforms(req: PayloadRequest): Promise<CapacityPlatform[]> {
  const { platform } = parseQuery(req, platformQuery(req))
  return capacityPlatforms(req, platform)
}

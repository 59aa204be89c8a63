import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, requestLanguage, t } from '@/i18n/t'
import { submitContactMessage } from '@/services/contact/contactMessages'
import { LOCALES } from '@/services/locales'
import { clientAddress, RATE_LIMITS } from '@/services/rateLimit'

import { rateLimited } from '../rateLimited'
import { jsonBody } from '../requestBody'
import { parseInput, perLanguage, slugParam } from '../validation'

const singleLine = /^\P{Cc}*$/u

export const contactBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    platform: slugParam(req, 'platform'),
    name: z
      .string({ error: t(req, 'contactNameInvalid') })
      .trim()
      .min(1, t(req, 'contactNameInvalid'))
      .max(100, t(req, 'contactNameInvalid'))
      .regex(singleLine, t(req, 'contactNameInvalid')),
    email: z
      .string({ error: t(req, 'contactEmailInvalid') })
      .trim()
      .max(254, t(req, 'contactEmailInvalid'))
      .pipe(z.email(t(req, 'contactEmailInvalid'))),
    message: z
      .string({ error: t(req, 'contactMessageLength') })
      .trim()
      .min(10, t(req, 'contactMessageLength'))
      .max(5000, t(req, 'contactMessageLength')),
    locale: z.enum(LOCALES).optional().describe('The language of the site the visitor wrote from.'),
  }),
)

/**
 * POST /api/platform/contact {platform, name, email, message, locale?} (public): a visitor's message to the
 * platform's team, stored and mailed; 201 `{ok: true}`. Counted per client address before anything else.
 */
export const contactEndpoint: Endpoint = {
  path: '/platform/contact',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const limited = await rateLimited(req, [{ rule: RATE_LIMITS.contactPerAddress(), key: clientAddress(req.headers) }])
    if (limited) return limited
    const input = parseInput(req, contactBody(req), await jsonBody(req))
    await submitContactMessage(req, { ...input, locale: input.locale ?? requestLanguage(req) })
    return Response.json({ ok: true }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  },
}

import type { Endpoint } from 'payload'
import { z } from 'zod'

import { t } from '@/i18n/t'
import { MAX_ID } from '@/plugins/strictInput/limits'
import { customiseDefaultPage } from '@/services/content/customiseDefaultPage'
import { NotFound } from '@/services/errors'
import { inTransaction } from '@/services/transactions'
import { relationId } from '@/utilities/relationId'

import { jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput } from '../validation'

const pageIdSchema = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_ID))

/**
 * POST /api/vendor/content-pages/:id/customise {vendor?} → 201 {page, created: true}, or 200 {page, created: false} when the
 * shop already has its page under that slug: a vendor's own copy of a platform's default page, in every language.
 */
export const customisePageEndpoint: Endpoint = {
  path: '/vendor/content-pages/:id/customise',
  method: 'post',
  handler: async (req) => {
    const id = pageIdSchema.safeParse(String(req.routeParams?.id ?? ''))
    if (!id.success) throw new NotFound('customisePageNotFound', { id: String(req.routeParams?.id ?? '') })
    const schema = z.strictObject({
      vendor: z
        .number({ error: t(req, 'customiseChooseShop') })
        .int()
        .min(1)
        .max(MAX_ID)
        .optional(),
    })
    const body = parseInput(req, schema, await jsonBody(req, { optional: true }))
    const { page, created } = await inTransaction(req, () =>
      customiseDefaultPage(req, { pageId: id.data, vendorId: body.vendor }),
    )
    return noStore(
      {
        page: {
          id: page.id,
          slug: page.slug,
          platform: relationId(page.platform),
          vendor: relationId(page.vendor),
          _status: page._status,
        },
        created,
      },
      { status: created ? 201 : 200 },
    )
  },
}

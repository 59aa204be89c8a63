import { z } from 'zod'

/** POST /api/vendor/letzshop-claim */
export const letzshopClaimedSchema = z
  .strictObject({
    vendor: z.strictObject({
      id: z.number().int(),
      slug: z.string(),
      letzshopSlug: z.string().nullish(),
      letzshopVendorId: z.string().nullish(),
      letzshopClaimedAt: z.iso.datetime().nullish(),
    }),
  })
  .meta({ id: 'LetzshopClaimed', description: 'The vendor, now linked to its Letzshop shop.' })

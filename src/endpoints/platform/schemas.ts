import { z } from 'zod'

import type { LetzshopVendor } from '@/services/letzshop/queries'
import type { PlatformPricing } from '@/services/pricing/platformPricing'
import { FEATURE_CODES } from '@/services/tiers/featureCodes'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

import type { Expect, Same } from '../openapi/operation'

const limit = z.number().int().nullable().describe('null: unlimited.')

export const limitsSchema = z
  .strictObject(
    Object.fromEntries(LIMIT_KEYS.map((key) => [key, limit])) as Record<(typeof LIMIT_KEYS)[number], typeof limit>,
  )
  .meta({ id: 'Limits', description: 'What a plan allows; null is unlimited.' })

/** GET /api/platform/pricing */
export const pricingSchema = z
  .strictObject({
    platform: z.strictObject({ code: z.string(), name: z.string() }),
    currency: z.literal('EUR'),
    tiers: z.array(
      z.strictObject({
        code: z.string(),
        name: z.string().describe('In the requested locale (?locale), else English.'),
        description: z.string().nullable(),
        priceMonthly: z.number().int().describe('Cents.'),
        priceAnnual: z.number().int().describe('Cents.'),
        limits: limitsSchema,
        features: z.array(z.string()).describe(`Feature codes: ${FEATURE_CODES.join(', ')}.`),
      }),
    ),
    addOns: z.array(
      z.strictObject({
        code: z.string(),
        name: z.string().describe('In the requested locale (?locale), else English.'),
        description: z.string().nullable(),
        price: z.number().int().describe('Cents per interval.'),
        interval: z.enum(['month', 'year', 'once']),
        raises: z
          .strictObject({ limit: z.string(), amount: z.number().int() })
          .nullable()
          .describe('The limit the add-on raises, and by how much.'),
      }),
    ),
  })
  .meta({ id: 'PlatformPricing', description: 'The public plans in their order, and the add-ons. Amounts in cents.' })

export const letzshopShopSchema = z
  .strictObject({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    url: z.string(),
    logoUrl: z.string().nullable(),
    languages: z.array(z.string()).describe('The languages the shop presents itself in (fr, de, en).'),
    claimed: z.boolean().describe('Already linked to a vendor here.'),
    held: z.boolean().describe('A signup holds it right now (for some minutes; docs/signup.md).'),
    taken: z
      .looseObject({
        message: z.string().describe("What claiming it would answer, in the caller's language."),
        shop: z.enum(['claimed', 'held']),
        retryAfterMinutes: z.number().int().optional(),
        heldUntil: z.string().optional(),
        contact: z.string().nullable().describe('A mailto: link to the platform, when it has a contact address.'),
      })
      .nullable()
      .describe('Null when the shop is free.'),
  })
  .meta({ id: 'LetzshopShop', description: 'A Letzshop shop.' })

/** GET /api/platform/letzshop-vendors */
export const letzshopSearchSchema = z
  .strictObject({ vendors: z.array(letzshopShopSchema).max(10) })
  .meta({ id: 'LetzshopShops', description: 'Up to 10 shops.' })

export type _PricingChecked = Expect<Same<z.output<typeof pricingSchema>, PlatformPricing>>
export type _ShopChecked = Expect<
  Same<Omit<z.output<typeof letzshopShopSchema>, 'held' | 'taken'>, LetzshopVendor & { claimed: boolean }>
>

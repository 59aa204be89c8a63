import { z } from 'zod'

import type { NavigationAnswer } from '@/services/content/cache/cachedContent'
import type { ResolvedPage } from '@/services/content/resolveContentPage'
import { LOCALES } from '@/services/locales'

import type { Expect, Same } from '../openapi/operation'

const contentSource = z
  .enum(['vendor_override', 'vendor_default', 'platform'])
  .describe(
    "Which tier the page comes from: the vendor's own page, the platform's default for vendors, or the platform's page.",
  )
const platformRef = z.strictObject({ code: z.string(), name: z.string() })
const vendorRef = z.strictObject({ slug: z.string(), name: z.string() })

export const contentPageSchema = z
  .strictObject({
    id: z.number().int(),
    slug: z.string(),
    title: z.string().nullable(),
    content: z.unknown().describe('Lexical rich text (JSON).'),
    meta: z.strictObject({ title: z.string().nullable(), description: z.string().nullable() }),
    template: z.string().nullable(),
    showInHeader: z.boolean(),
    showInFooter: z.boolean(),
    sortOrder: z.number(),
    isPlatformPage: z.boolean(),
    locale: z.enum(LOCALES),
    platform: platformRef,
    vendor: vendorRef.nullable().describe("The vendor whose own page it is; null for the platform's pages."),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ContentPage' })

/** GET /api/content-pages/resolve */
export const resolvedPageSchema = z
  .strictObject({ source: contentSource, page: contentPageSchema })
  .meta({ id: 'ResolvedPage', description: 'The page served for the slug.' })

const navigationItem = z.strictObject({
  slug: z.string(),
  title: z.string().nullable(),
  sortOrder: z.number(),
  source: contentSource,
})

/** GET /api/content-pages/navigation */
export const navigationSchema = z
  .strictObject({
    platform: platformRef,
    vendor: vendorRef.nullable(),
    locale: z.enum(LOCALES),
    header: z.array(navigationItem),
    footer: z.array(navigationItem),
  })
  .meta({ id: 'Navigation', description: 'The header and footer links, in their order.' })

export type _ResolvedPageChecked = Expect<Same<z.output<typeof contentPageSchema>, ResolvedPage>>
export type _NavigationChecked = Expect<Same<z.output<typeof navigationSchema>, NavigationAnswer>>

import type { Payload, Where } from 'payload'

import type { Platform } from '@/payload-types'

import type { Locale } from '../locales'

/** Which platform's site is asked for: by code (the /platforms/<code> prefix) or by the host it is served on. */
export type SiteScope = { platformCode: string } | { host: string }

/** The active platform a site request is for, its localized branding included; null when none serves it. */
export async function findSitePlatform(payload: Payload, scope: SiteScope, locale: Locale): Promise<Platform | null> {
  const match: Where =
    'platformCode' in scope ? { code: { equals: scope.platformCode } } : { 'domains.domain': { equals: scope.host } }
  const found = await payload.find({
    collection: 'platforms',
    where: { and: [match, { isActive: { equals: true } }] },
    locale,
    limit: 1,
    depth: 0,
  })
  return found.docs[0] ?? null
}

/** The slugs of the platform's published marketing pages (not vendor pages), in menu order. */
export async function marketingSlugs(payload: Payload, platformId: number): Promise<string[]> {
  const pages = await payload.find({
    collection: 'content-pages',
    where: {
      and: [
        { platform: { equals: platformId } },
        { isPlatformPage: { equals: true } },
        { vendor: { exists: false } },
        { _status: { equals: 'published' } },
      ],
    },
    sort: 'sortOrder',
    limit: 200,
    depth: 0,
    select: { slug: true },
  })
  return pages.docs.map((page) => page.slug as string)
}

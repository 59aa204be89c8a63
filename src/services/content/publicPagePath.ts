import type { Locale } from '../locales'

export type PublicPageTarget = { platformCode: string; slug: string; vendorSlug?: string | null; locale?: Locale }

/**
 * Where a page is read on the public sites, under the `/platforms/<code>` prefix that works on any host: a vendor's
 * page on its storefront, a platform page on the marketing site (`home` at the root).
 */
export function publicPagePath({ platformCode, slug, vendorSlug, locale }: PublicPageTarget): string {
  const base = `/platforms/${platformCode}`
  const path = vendorSlug ? `${base}/vendors/${vendorSlug}/${slug}` : slug === 'home' ? base : `${base}/${slug}`
  return locale ? `${path}?locale=${locale}` : path
}

import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { siteText } from '@/i18n/site'
import { readResolvedPage, readSitePlatform } from '@/services/content/cache/cachedContent'
import type { ContentScope } from '@/services/content/contentScope'
import { LOCALES, type Locale } from '@/services/locales'
import { pageAlternates } from '@/services/site/siteUrls'

type Input = { scope: ContentScope; slug: string; basePath: string; locale: Locale; origin: string }

/**
 * Title, description, canonical URL and hreflang alternates of a site page. The page's own SEO fields win;
 * else the title is the page's and the platform's name, and the description the platform's tagline.
 */
export async function marketingMetadata({ scope, slug, basePath, locale, origin }: Input): Promise<Metadata> {
  const payload = await getPayload({ config })
  const result = await readResolvedPage(payload, { ...scope, slug, locale })
  if (result.status !== 'found') return { title: 'Not found', robots: { index: false } }
  const { page } = result.answer.value
  const platform = await readSitePlatform(payload, page.platform.code, locale)
  const text = siteText(locale)
  const siteName = page.vendor?.name ?? page.platform.name
  const tagline = platform?.branding?.tagline ?? ''
  const title =
    page.meta.title ||
    (slug === 'home' && !page.vendor && tagline
      ? text.meta.homeTitle(siteName, tagline)
      : text.meta.pageTitle(page.title ?? slug, siteName))
  const description = page.meta.description || tagline || siteName

  const alternates = page.vendor
    ? vendorAlternates(origin, basePath, slug, locale)
    : pageAlternates(origin, basePath, slug, locale)
  return {
    title,
    description,
    alternates,
    openGraph: { title, description, url: alternates.canonical, siteName, locale, type: 'website' },
  }
}

function vendorAlternates(origin: string, basePath: string, slug: string, locale: Locale) {
  const url = (code?: Locale) => `${origin}${basePath}/${slug}${code ? `?locale=${code}` : ''}`
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((code) => [code, url(code)]))
  languages['x-default'] = url()
  return { canonical: url(locale), languages }
}

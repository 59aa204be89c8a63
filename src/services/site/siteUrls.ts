import { LOCALES, type Locale } from '../locales'
import { trustsProxy } from '../platformContext'

/**
 * The origin a visitor used (`https://oms.example.lu`, `http://localhost:3000`): the Host header with its port,
 * and the scheme from X-Forwarded-Proto behind a trusted proxy, else http for local hosts and https elsewhere.
 */
export function siteOrigin(headers: Headers): string {
  const forwardedHost = trustsProxy() ? headers.get('x-forwarded-host')?.split(',').at(-1)?.trim() : undefined
  const host = (forwardedHost || headers.get('host') || 'localhost').toLowerCase()
  const forwardedProto = trustsProxy() ? headers.get('x-forwarded-proto')?.split(',').at(-1)?.trim() : undefined
  const local = /^(localhost|127\.|\[::1\]|[^.:]+\.localhost)(:\d+)?$/.test(host) || /^[^.:]+(:\d+)?$/.test(host)
  const scheme = forwardedProto === 'http' || forwardedProto === 'https' ? forwardedProto : local ? 'http' : 'https'
  return `${scheme}://${host}`
}

/** Where a platform's site lives: '' on its own domain, '/platforms/<code>' locally. */
export const siteBasePath = (platformCode: string | undefined): string =>
  platformCode ? `/platforms/${platformCode}` : ''

/** A page of the site; the home page is the site's root. With a locale, `?locale=` pins the language. */
export function pagePath(basePath: string, slug: string, locale?: Locale, query: Record<string, string> = {}): string {
  const path = slug === 'home' ? basePath || '/' : `${basePath}/${slug}`
  const params = new URLSearchParams(query)
  if (locale) params.set('locale', locale)
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** The signup wizard with the plan chosen, under the site's base path. */
export const signupPath = (
  basePath: string,
  tier: string,
  billingPeriod: 'monthly' | 'annual',
  locale: Locale,
): string => `${basePath}/signup?${new URLSearchParams({ tier, billingPeriod, locale })}`

/** Canonical URL and hreflang alternates of one page: each language pinned by `?locale=`, x-default the bare URL. */
export function pageAlternates(origin: string, basePath: string, slug: string, locale: Locale) {
  const languages: Record<string, string> = {}
  for (const code of LOCALES) languages[code] = origin + pagePath(basePath, slug, code)
  languages['x-default'] = origin + pagePath(basePath, slug)
  return { canonical: origin + pagePath(basePath, slug, locale), languages }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** sitemap.xml: every marketing page in each language, each entry listing its alternates. */
export function sitemapXml(origin: string, basePath: string, slugs: string[]): string {
  const entries = slugs.flatMap((slug) => {
    const { languages } = pageAlternates(origin, basePath, slug, 'en')
    const links = Object.entries(languages)
      .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
      .join('\n')
    return LOCALES.map((locale) => `  <url>\n    <loc>${escapeXml(languages[locale])}</loc>\n${links}\n  </url>`)
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
}

/** robots.txt: the marketing site is open, the admin and the API are not for crawlers. */
export const robotsTxt = (origin: string, basePath: string): string =>
  [
    'User-agent: *',
    `Allow: ${basePath || '/'}`,
    'Disallow: /admin',
    'Disallow: /api',
    `Sitemap: ${origin}${basePath}/sitemap.xml`,
    '',
  ].join('\n')

/** Where a shop owner or a platform's staff signs in: the admin's own sign-in page. */
export const ADMIN_LOGIN_PATH = '/admin/login'

/** The plans' monthly / annual switch of a page (`?billing=annual`). */
export const billingOf = (value: string | string[] | null | undefined): 'monthly' | 'annual' =>
  (Array.isArray(value) ? value[0] : value) === 'annual' ? 'annual' : 'monthly'

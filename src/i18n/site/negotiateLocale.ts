import { DEFAULT_LOCALE, isLocale, type Locale } from '@/services/locales'

/** Request header src/proxy.ts sets to the negotiated language (never taken from the client), read by the layout. */
export const SITE_LOCALE_HEADER = 'x-site-locale'

/**
 * The site's language: `?locale=` when it names one of ours, else the best of `Accept-Language` by quality
 * (`fr-LU` counts as `fr`), else English.
 */
export function negotiateLocale(
  requested: string | string[] | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  const asked = Array.isArray(requested) ? requested[0] : requested
  if (isLocale(asked)) return asked
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return {
        language: tag.trim().toLowerCase().split('-')[0],
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return (ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined) ?? DEFAULT_LOCALE
}

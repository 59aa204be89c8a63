import { headers } from 'next/headers'

import { negotiateLocale } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import { siteOrigin } from '@/services/site/siteUrls'

/** The page's language: `?locale=`, else the browser's Accept-Language, else English. */
export async function siteLocale(requested: string | string[] | undefined): Promise<Locale> {
  return negotiateLocale(requested, (await headers()).get('accept-language'))
}

export async function requestOrigin(): Promise<string> {
  return siteOrigin(await headers())
}

export type SiteSearchParams = Promise<{ locale?: string | string[]; billing?: string | string[] }>

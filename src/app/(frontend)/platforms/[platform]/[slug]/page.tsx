import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { isLocale } from '@/services/locales'
import { billingOf, pagePath, siteBasePath } from '@/services/site/siteUrls'

import { ContentPageView } from '../../../components/ContentPageView'
import { marketingMetadata } from '../../../components/marketingMetadata'
import { requestOrigin, siteLocale, type SiteSearchParams } from '../../../components/siteRequest'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ platform: string; slug: string }>; searchParams: SiteSearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ platform, slug }, { locale }] = await Promise.all([params, searchParams])
  return marketingMetadata({
    scope: { platformCode: platform },
    slug,
    basePath: siteBasePath(platform),
    locale: await siteLocale(locale),
    origin: await requestOrigin(),
  })
}

/** A platform's marketing page under the local-development prefix /platforms/<code>; `home` is the root. */
export default async function PlatformPage({ params, searchParams }: Props) {
  const [{ platform, slug }, query] = await Promise.all([params, searchParams])
  const requested = Array.isArray(query.locale) ? query.locale[0] : query.locale
  if (slug === 'home') redirect(pagePath(siteBasePath(platform), 'home', isLocale(requested) ? requested : undefined))
  return (
    <ContentPageView
      scope={{ platformCode: platform }}
      slug={slug}
      basePath={siteBasePath(platform)}
      locale={await siteLocale(query.locale)}
      billing={billingOf(query.billing)}
    />
  )
}

import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { isLocale } from '@/services/locales'
import { billingOf, pagePath } from '@/services/site/siteUrls'

import { ContentPageView } from '../components/ContentPageView'
import { hostScope } from '../components/hostScope'
import { marketingMetadata } from '../components/marketingMetadata'
import { requestOrigin, siteLocale, type SiteSearchParams } from '../components/siteRequest'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: SiteSearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { locale }] = await Promise.all([params, searchParams])
  return marketingMetadata({
    scope: await hostScope(),
    slug,
    basePath: '',
    locale: await siteLocale(locale),
    origin: await requestOrigin(),
  })
}

/** A marketing page on a platform's own domain; `home` is the root. */
export default async function PlatformDomainPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const requested = Array.isArray(query.locale) ? query.locale[0] : query.locale
  if (slug === 'home') redirect(pagePath('', 'home', isLocale(requested) ? requested : undefined))
  return (
    <ContentPageView
      scope={await hostScope()}
      slug={slug}
      basePath=""
      locale={await siteLocale(query.locale)}
      billing={billingOf(query.billing)}
    />
  )
}

import type { Metadata } from 'next'

import { billingOf, siteBasePath } from '@/services/site/siteUrls'

import { marketingMetadata } from '../../components/marketingMetadata'
import { PlatformHome } from '../../components/PlatformHome'
import { requestOrigin, siteLocale, type SiteSearchParams } from '../../components/siteRequest'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ platform: string }>; searchParams: SiteSearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ platform }, { locale }] = await Promise.all([params, searchParams])
  return marketingMetadata({
    scope: { platformCode: platform },
    slug: 'home',
    basePath: siteBasePath(platform),
    locale: await siteLocale(locale),
    origin: await requestOrigin(),
  })
}

/** A platform's homepage under the local-development prefix /platforms/<code>. */
export default async function PlatformRoot({ params, searchParams }: Props) {
  const [{ platform }, query] = await Promise.all([params, searchParams])
  return (
    <PlatformHome
      scope={{ platformCode: platform }}
      basePath={siteBasePath(platform)}
      locale={await siteLocale(query.locale)}
      billing={billingOf(query.billing)}
    />
  )
}

import type { Metadata } from 'next'

import { ContentPageView } from '../../../../../components/ContentPageView'
import { marketingMetadata } from '../../../../../components/marketingMetadata'
import { requestOrigin, siteLocale, type SiteSearchParams } from '../../../../../components/siteRequest'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ platform: string; vendor: string; slug: string }>; searchParams: SiteSearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ platform, vendor, slug }, { locale }] = await Promise.all([params, searchParams])
  return marketingMetadata({
    scope: { platformCode: platform, vendorSlug: vendor },
    slug,
    basePath: `/platforms/${platform}/vendors/${vendor}`,
    locale: await siteLocale(locale),
    origin: await requestOrigin(),
  })
}

/** A vendor's storefront page: its override, else the platform's vendor default, else the platform page. */
export default async function VendorPage({ params, searchParams }: Props) {
  const [{ platform, vendor, slug }, query] = await Promise.all([params, searchParams])
  return (
    <ContentPageView
      scope={{ platformCode: platform, vendorSlug: vendor }}
      slug={slug}
      basePath={`/platforms/${platform}/vendors/${vendor}`}
      locale={await siteLocale(query.locale)}
    />
  )
}

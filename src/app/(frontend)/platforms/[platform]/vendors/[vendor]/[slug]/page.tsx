import { ContentPageView } from '../../../../../components/ContentPageView'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ platform: string; vendor: string; slug: string }>
  searchParams: Promise<{ locale?: string }>
}

/** A vendor's storefront page: its override, else the platform's vendor default, else the platform page. */
export default async function VendorPage({ params, searchParams }: Props) {
  const [{ platform, vendor, slug }, { locale }] = await Promise.all([params, searchParams])
  return (
    <ContentPageView
      scope={{ platformCode: platform, vendorSlug: vendor }}
      slug={slug}
      basePath={`/platforms/${platform}/vendors/${vendor}`}
      locale={locale}
    />
  )
}

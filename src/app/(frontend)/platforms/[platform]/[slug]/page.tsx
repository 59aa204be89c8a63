import { ContentPageView } from '../../../components/ContentPageView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ platform: string; slug: string }>; searchParams: Promise<{ locale?: string }> }

/** A platform's marketing page under the local-development prefix /platforms/<code>. */
export default async function PlatformPage({ params, searchParams }: Props) {
  const [{ platform, slug }, { locale }] = await Promise.all([params, searchParams])
  return <ContentPageView scope={{ platformCode: platform }} slug={slug} basePath={`/platforms/${platform}`} locale={locale} />
}

import { ContentPageView } from '../components/ContentPageView'
import { hostScope } from '../components/hostScope'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ locale?: string }> }

/** A marketing page on a platform's own domain. */
export default async function PlatformDomainPage({ params, searchParams }: Props) {
  const [{ slug }, { locale }] = await Promise.all([params, searchParams])
  return <ContentPageView scope={await hostScope()} slug={slug} basePath="" locale={locale} />
}

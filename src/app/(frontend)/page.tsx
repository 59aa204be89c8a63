import config from '@payload-config'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { findSitePlatform } from '@/services/site/sitePlatform'
import { billingOf } from '@/services/site/siteUrls'

import { hostScope } from './components/hostScope'
import { marketingMetadata } from './components/marketingMetadata'
import { PlatformHome } from './components/PlatformHome'
import { requestOrigin, siteLocale, type SiteSearchParams } from './components/siteRequest'

export const dynamic = 'force-dynamic'

type Props = { searchParams: SiteSearchParams }

async function servedPlatform() {
  const scope = await hostScope()
  const payload = await getPayload({ config })
  return { scope, platform: await findSitePlatform(payload, { host: scope.host ?? '' }, 'en') }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { scope, platform } = await servedPlatform()
  if (!platform) return { title: 'Letzshop Platforms', robots: { index: false } }
  const locale = await siteLocale((await searchParams).locale)
  return marketingMetadata({ scope, slug: 'home', basePath: '', locale, origin: await requestOrigin() })
}

/** A platform domain shows its homepage; anywhere else (localhost) lists the platforms. */
export default async function Home({ searchParams }: Props) {
  const { scope, platform } = await servedPlatform()
  const query = await searchParams
  if (platform) {
    return (
      <PlatformHome
        scope={scope}
        basePath=""
        locale={await siteLocale(query.locale)}
        billing={billingOf(query.billing)}
      />
    )
  }
  const payload = await getPayload({ config })
  const platforms = await payload.find({
    collection: 'platforms',
    where: { isActive: { equals: true } },
    sort: 'name',
    depth: 0,
    limit: 50,
  })
  return (
    <main className="page">
      <h1>Letzshop Platforms</h1>
      <ul>
        {platforms.docs.map((each) => (
          <li key={each.id}>
            <a href={`/platforms/${each.code}`}>{each.name}</a>
          </li>
        ))}
      </ul>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is Payload's app */}
        <a href="/admin">Admin panel</a>
      </p>
    </main>
  )
}

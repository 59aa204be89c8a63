import config from '@payload-config'
import { getPayload } from 'payload'

import { ContentPageView } from './components/ContentPageView'
import { hostScope } from './components/hostScope'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ locale?: string }> }

/** A platform domain shows its home page; anywhere else (localhost) lists the platforms. */
export default async function Home({ searchParams }: Props) {
  const scope = await hostScope()
  const payload = await getPayload({ config })
  const served = await payload.find({
    collection: 'platforms',
    where: { 'domains.domain': { equals: scope.host } },
    limit: 1,
    depth: 0,
  })
  if (served.docs.length > 0) {
    return <ContentPageView scope={scope} slug="home" basePath="" locale={(await searchParams).locale} />
  }
  const platforms = await payload.find({ collection: 'platforms', sort: 'name', depth: 0, limit: 50 })
  return (
    <main>
      <h1>Letzshop Platforms</h1>
      <ul>
        {platforms.docs.map((platform) => (
          <li key={platform.id}>
            <a href={`/platforms/${platform.code}/home`}>{platform.name}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/admin">Admin panel</a>
      </p>
    </main>
  )
}

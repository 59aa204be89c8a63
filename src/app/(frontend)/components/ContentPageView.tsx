import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import type React from 'react'

import { contentNavigation, type NavigationItem } from '@/services/content/contentNavigation'
import type { ContentScope } from '@/services/content/contentScope'
import { resolveContentPage } from '@/services/content/resolveContentPage'
import { isLocale, LOCALES } from '@/services/locales'

type Props = {
  scope: ContentScope
  slug: string
  /** Where links of this site start: '' on a platform domain, '/platforms/oms' locally, plus '/vendors/x'. */
  basePath: string
  locale?: string
}

/** Renders one resolved page (platform marketing page or vendor storefront page) with its navigation. */
export async function ContentPageView({ scope, slug, basePath, locale: requested }: Props) {
  const locale = isLocale(requested) ? requested : 'en'
  const payload = await getPayload({ config })
  const [result, navigation] = await Promise.all([
    resolveContentPage(payload, { ...scope, slug, locale }),
    contentNavigation(payload, { ...scope, locale }),
  ])
  if (result.status !== 'found' || navigation.status !== 'found') notFound()

  const platform = await payload.find({
    collection: 'platforms',
    where: { code: { equals: result.page.platform.code } },
    locale,
    limit: 1,
    depth: 0,
  })
  const branding = platform.docs[0]?.branding
  const link = (target: string) => `${basePath}/${target}${locale === 'en' ? '' : `?locale=${locale}`}`
  const siteName = navigation.vendor?.name ?? navigation.platform.name

  return (
    <div style={{ '--brand': branding?.primaryColor ?? undefined } as React.CSSProperties}>
      <header className="site">
        <a href={link(navigation.vendor ? 'about' : 'home')}>
          <strong>{siteName}</strong>
        </a>
        {!navigation.vendor && branding?.tagline && <span className="tagline">{branding.tagline}</span>}
        <NavLinks label="Main" items={navigation.header} link={link} />
        <span className="locales">
          {LOCALES.map((code) => (
            <a key={code} href={`${basePath}/${slug}${code === 'en' ? '' : `?locale=${code}`}`} aria-current={code === locale}>
              {code.toUpperCase()}
            </a>
          ))}
        </span>
      </header>
      {/* Which resolution tier served the page is for tests and debugging, never shown to visitors. */}
      <main data-source={result.source}>
        <h1>{result.page.title}</h1>
        {Boolean(result.page.content) && <RichText data={result.page.content as SerializedEditorState} />}
      </main>
      <footer className="site">
        <NavLinks label="Footer" items={navigation.footer} link={link} />
        <span>Powered by {navigation.platform.name}</span>
      </footer>
    </div>
  )
}

function NavLinks({ label, items, link }: { label: string; items: NavigationItem[]; link: (slug: string) => string }) {
  return (
    <nav aria-label={label}>
      {items.map((item) => (
        <a key={item.slug} href={link(item.slug)}>
          {item.title}
        </a>
      ))}
    </nav>
  )
}

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import type { ContentScope } from '@/services/content/contentScope'
import type { Locale } from '@/services/locales'
import { platformContactEmail } from '@/services/platformContact'
import { ADMIN_LOGIN_PATH, pagePath } from '@/services/site/siteUrls'

import { ContactSection } from './ContactSection'
import { PricingSection } from './PricingSection'
import { loadSitePage } from './siteContext'
import { SiteShell } from './SiteShell'

type Props = {
  scope: ContentScope
  slug: string
  /** Where links of this site start: '' on a platform domain, '/platforms/oms' locally, plus '/vendors/x'. */
  basePath: string
  locale: Locale
  billing?: 'monthly' | 'annual'
}

/** Renders one resolved page (platform marketing page or vendor storefront page) with its navigation. */
export async function ContentPageView({ scope, slug, basePath, locale, billing = 'monthly' }: Props) {
  const onPlatformSite = !scope.vendorSlug
  const site = await loadSitePage(scope, slug, locale)
  if (!site) notFound()
  const { page, navigation } = site
  // A vendor storefront has no home page of its own: its about page is where its name leads.
  const link = (target: string) =>
    onPlatformSite ? pagePath(basePath, target, locale) : `${basePath}/${target}?locale=${locale}`

  return (
    <SiteShell
      platform={site.platform}
      vendorName={navigation.vendor?.name ?? null}
      header={navigation.header}
      footer={navigation.footer}
      locale={locale}
      link={link}
      homeHref={link(onPlatformSite ? 'home' : 'about')}
      signInHref={onPlatformSite ? ADMIN_LOGIN_PATH : undefined}
      localeHref={(code) => (onPlatformSite ? pagePath(basePath, slug, code) : `${basePath}/${slug}?locale=${code}`)}
    >
      {/* Which resolution tier served the page is for tests and debugging, never shown to visitors. */}
      <main className="page" data-source={site.source}>
        <article className="prose">
          <h1>{page.title}</h1>
          {Boolean(page.content) && <RichText data={page.content as SerializedEditorState} />}
        </article>
        {onPlatformSite && page.template === 'contact' && (
          <ContactSection
            platformCode={site.platform.code}
            address={platformContactEmail(site.platform)}
            locale={locale}
          />
        )}
        {site.pricing && (
          <PricingSection pricing={site.pricing} locale={locale} billing={billing} basePath={basePath} slug={slug} />
        )}
      </main>
    </SiteShell>
  )
}

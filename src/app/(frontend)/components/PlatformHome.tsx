import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { siteText } from '@/i18n/site'
import type { ContentScope } from '@/services/content/contentScope'
import type { Locale } from '@/services/locales'
import { ADMIN_LOGIN_PATH, pagePath, signupPath } from '@/services/site/siteUrls'

import { featureName } from './featureName'
import { featuresOnSomePlans } from './pricingLimits'
import { PricingSection } from './PricingSection'
import { loadSitePage } from './siteContext'
import { SiteShell } from './SiteShell'

type Props = { scope: ContentScope; basePath: string; locale: Locale; billing: 'monthly' | 'annual' }

/** A platform's homepage: hero from its CMS `home` page and branding, then plans, add-ons and the comparison. */
export async function PlatformHome({ scope, basePath, locale, billing }: Props) {
  const site = await loadSitePage(scope, 'home', locale)
  if (!site || !site.pricing) notFound()
  const { page, navigation, platform, pricing } = site
  const text = siteText(locale)
  const firstTier = pricing.tiers[0]
  const link = (target: string) => pagePath(basePath, target, locale)

  return (
    <SiteShell
      platform={platform}
      header={navigation.header}
      footer={navigation.footer}
      locale={locale}
      link={link}
      homeHref={link('home')}
      hideTagline
      signInHref={ADMIN_LOGIN_PATH}
      localeHref={(code) => pagePath(basePath, 'home', code, billing === 'annual' ? { billing: 'annual' } : {})}
    >
      <main className="home" data-source={site.source}>
        <section className="hero">
          <div className="hero__inner">
            <h1>{page.title}</h1>
            {platform.branding?.tagline && <p className="hero__tagline">{platform.branding.tagline}</p>}
            {Boolean(page.content) && (
              <div className="hero__body">
                <RichText data={page.content as SerializedEditorState} />
              </div>
            )}
            {featuresOnSomePlans(pricing.tiers).map(({ feature, tiers }) => (
              <p className="hero__note" key={feature}>
                {text.hero.featureIn(
                  featureName(feature, locale),
                  new Intl.ListFormat(locale, { type: 'conjunction' }).format(tiers.map((tier) => tier.name)),
                )}
              </p>
            ))}
            <p className="hero__actions">
              {firstTier && (
                <a className="button button--light" href={signupPath(basePath, firstTier.code, billing, locale)}>
                  {text.hero.startTrial}
                </a>
              )}
              <a className="button button--ghost" href="#pricing">
                {text.hero.seePlans}
              </a>
            </p>
          </div>
        </section>
        <PricingSection pricing={pricing} locale={locale} billing={billing} basePath={basePath} slug="home" />
      </main>
    </SiteShell>
  )
}

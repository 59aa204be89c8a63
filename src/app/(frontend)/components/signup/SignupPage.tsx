import { notFound } from 'next/navigation'

import { siteText } from '@/i18n/site'
import type { ContentScope } from '@/services/content/contentScope'
import type { Locale } from '@/services/locales'
import { formatMoney } from '@/services/pricing/pricingDisplay'
import { pagePath } from '@/services/site/siteUrls'

import { loadSitePage } from '../siteContext'
import { SiteShell } from '../SiteShell'

import { SignupWizard } from './SignupWizard'
import type { Billing } from './types'

type Props = { scope: ContentScope; basePath: string; locale: Locale; tier?: string; billing: Billing }

const STRIPE_JS_DEFAULT = 'https://js.stripe.com/v3'

/** The signup wizard inside the platform's site shell; the plans come from the database, Stripe.js's address from the environment. */
export async function SignupPage({ scope, basePath, locale, tier, billing }: Props) {
  const site = await loadSitePage(scope, 'home', locale)
  if (!site || !site.pricing) notFound()
  const { navigation, platform, pricing } = site
  const tiers = pricing.tiers
    .map((each) => ({
      code: each.code,
      name: each.name,
      monthly: each.priceMonthly > 0 ? formatMoney(each.priceMonthly, locale) : null,
      annual: each.priceAnnual > 0 ? formatMoney(each.priceAnnual, locale) : null,
    }))
    .filter((each) => each.monthly || each.annual)
  const chosen =
    tiers.find((each) => each.code === tier && each[billing]) ?? tiers.find((each) => each[billing]) ?? tiers[0]
  if (!chosen) notFound()
  const link = (slug: string) => pagePath(basePath, slug, locale)
  const signupHref = (code: Locale) =>
    `${basePath}/signup?${new URLSearchParams({ ...(tier ? { tier } : {}), billingPeriod: billing, locale: code })}`

  return (
    <SiteShell
      platform={platform}
      header={navigation.header}
      footer={navigation.footer}
      locale={locale}
      link={link}
      homeHref={link('home')}
      localeHref={signupHref}
    >
      <main className="signup">
        <h1>{siteText(locale).signup.title}</h1>
        <SignupWizard
          platform={platform.code}
          locale={locale}
          tiers={tiers}
          initialTier={chosen.code}
          initialBilling={chosen[billing] ? billing : 'monthly'}
          planRequested={Boolean(tier)}
          stripeJsUrl={process.env.STRIPE_JS_URL || STRIPE_JS_DEFAULT}
          publishableKey={process.env.STRIPE_PUBLISHABLE_KEY || null}
        />
      </main>
    </SiteShell>
  )
}

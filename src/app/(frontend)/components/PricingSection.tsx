import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import type { PlatformPricing } from '@/services/pricing/platformPricing'
import { pagePath, signupPath } from '@/services/site/siteUrls'

import { AddOnList } from './AddOnList'
import { PlanComparison } from './PlanComparison'
import { PricingCards } from './PricingCards'

type Props = { pricing: PlatformPricing; locale: Locale; billing: 'monthly' | 'annual'; basePath: string; slug: string }

/** Plans, add-ons and the comparison table of a platform, read from its tiers. */
export function PricingSection({ pricing, locale, billing, basePath, slug }: Props) {
  const text = siteText(locale)
  return (
    <>
      <section className="section" id="pricing" aria-labelledby="pricing-heading">
        <h2 id="pricing-heading">{text.pricing.heading}</h2>
        <p className="section__intro">{text.pricing.intro}</p>
        <PricingCards
          tiers={pricing.tiers}
          locale={locale}
          billing={billing}
          billingHref={(period) =>
            `${pagePath(basePath, slug, locale, period === 'annual' ? { billing: 'annual' } : {})}#pricing`
          }
          signupHref={(tier, period) => signupPath(basePath, tier, period, locale)}
        />
      </section>
      <AddOnList addOns={pricing.addOns} locale={locale} />
      <PlanComparison tiers={pricing.tiers} locale={locale} />
    </>
  )
}

import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import type { PricingTier } from '@/services/pricing/platformPricing'
import { annualPerMonth, annualSaving, formatCount, formatMoney } from '@/services/pricing/pricingDisplay'

import { featureName } from './featureName'
import { shownLimits, tierFeatures } from './pricingLimits'

type Billing = 'monthly' | 'annual'

type Props = {
  tiers: PricingTier[]
  locale: Locale
  billing: Billing
  /** This page with the other billing period chosen (works without JavaScript). */
  billingHref: (billing: Billing) => string
  signupHref: (tier: string, billing: Billing) => string
}

/** The billing-period switch and one card per public tier, each with its call to action into the signup. */
export function PricingCards({ tiers, locale, billing, billingHref, signupHref }: Props) {
  const text = siteText(locale)
  const limits = shownLimits(tiers)
  const bestSaving = Math.max(0, ...tiers.map((tier) => annualSaving(tier).percent))
  return (
    <>
      <nav className="billing-switch" aria-label={text.pricing.billingLabel}>
        <a
          href={billingHref('monthly')}
          aria-current={billing === 'monthly' ? 'true' : undefined}
          data-billing="monthly"
        >
          {text.pricing.monthly}
        </a>
        <a href={billingHref('annual')} aria-current={billing === 'annual' ? 'true' : undefined} data-billing="annual">
          {text.pricing.annual}
          {bestSaving > 0 && <span className="billing-switch__badge">{text.pricing.saveUpTo(bestSaving)}</span>}
        </a>
      </nav>
      <ul className="tier-cards" data-billing={billing}>
        {tiers.map((tier) => {
          const saving = annualSaving(tier)
          return (
            <li key={tier.code} className="tier-card" data-tier={tier.code}>
              <h3>{tier.name}</h3>
              <p className="tier-card__price">
                <strong>{formatMoney(billing === 'annual' ? tier.priceAnnual : tier.priceMonthly, locale)}</strong>{' '}
                <span>{billing === 'annual' ? text.pricing.perYear : text.pricing.perMonth}</span>
              </p>
              {billing === 'annual' ? (
                <>
                  <p className="tier-card__note">
                    {text.pricing.annualEquivalent(formatMoney(annualPerMonth(tier), locale))}
                  </p>
                  {saving.cents > 0 && (
                    <p className="tier-card__saving">
                      {text.pricing.annualSaving(formatMoney(saving.cents, locale), saving.percent)}
                    </p>
                  )}
                </>
              ) : (
                <p className="tier-card__note">{text.hero.trialNote}</p>
              )}
              <a className="button" href={signupHref(tier.code, billing)}>
                {text.pricing.choose(tier.name)}
              </a>
              <ul className="tier-card__limits">
                {limits.map((limit) => {
                  const value = tier.limits[limit]
                  return (
                    <li key={limit}>
                      {value === null
                        ? text.limits[limit].unlimited
                        : text.limits[limit].count(formatCount(value, locale))}
                    </li>
                  )
                })}
              </ul>
              <ul className="tier-card__features" aria-label={text.pricing.includes}>
                {tierFeatures(tier, tiers).map((feature) => (
                  <li key={feature}>{featureName(feature, locale)}</li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
    </>
  )
}

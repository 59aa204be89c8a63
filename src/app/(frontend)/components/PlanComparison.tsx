import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import type { PricingTier } from '@/services/pricing/platformPricing'
import { formatCount } from '@/services/pricing/pricingDisplay'

import { featureName } from './featureName'
import { shownFeatures, shownLimits } from './pricingLimits'

/** Limits and features side by side, one column per tier. */
export function PlanComparison({ tiers, locale }: { tiers: PricingTier[]; locale: Locale }) {
  const text = siteText(locale)
  if (tiers.length === 0) return null
  return (
    <section className="section" aria-labelledby="compare">
      <h2 id="compare">{text.comparison.heading}</h2>
      <p className="table-scroll__hint" id="compare-hint">
        {text.comparison.scrollHint}
      </p>
      {/* Focusable so that keyboard users can scroll it with the arrow keys; named for screen readers. */}
      <div
        className="table-scroll"
        role="region"
        aria-label={text.comparison.region}
        aria-describedby="compare-hint"
        tabIndex={0}
      >
        <table className="comparison">
          <thead>
            <tr>
              <th scope="col">{text.comparison.feature}</th>
              {tiers.map((tier) => (
                <th scope="col" key={tier.code}>
                  {tier.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownLimits(tiers).map((limit) => (
              <tr key={limit}>
                <th scope="row">{text.limits[limit].label}</th>
                {tiers.map((tier) => {
                  const value = tier.limits[limit]
                  return (
                    <td key={tier.code}>{value === null ? text.comparison.unlimited : formatCount(value, locale)}</td>
                  )
                })}
              </tr>
            ))}
            {shownFeatures(tiers).map((feature) => (
              <tr key={feature}>
                <th scope="row">{featureName(feature, locale)}</th>
                {tiers.map((tier) =>
                  tier.features.includes(feature) ? (
                    <td key={tier.code} className="yes">
                      <span aria-hidden="true">✓</span>
                      <span className="sr-only">{text.comparison.included}</span>
                    </td>
                  ) : (
                    <td key={tier.code} className="no">
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">{text.comparison.notIncluded}</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

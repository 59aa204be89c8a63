'use client'

import type { SignupDictionary } from '@/i18n/site'

import type { Billing, SignupTier } from './types'

type Props = {
  text: SignupDictionary
  tiers: SignupTier[]
  tier: string
  billing: Billing
  onChange: (tier: string, billing: Billing) => void
}

/** Step 1: the plan and its billing period, as radio groups. */
export function PlanStep({ text, tiers, tier, billing, onChange }: Props) {
  return (
    <>
      <p className="wizard__intro">{text.plan.intro}</p>
      <fieldset className="choice-group">
        <legend>{text.plan.billingLegend}</legend>
        {(['monthly', 'annual'] as const).map((period) => (
          <label key={period} className="choice choice--inline">
            <input
              type="radio"
              name="billingPeriod"
              value={period}
              checked={billing === period}
              onChange={() => onChange(tier, period)}
            />
            <span>{period === 'monthly' ? text.plan.monthly : text.plan.annual}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{text.plan.tierLegend}</legend>
        {tiers.map((each) => {
          const price = billing === 'annual' ? each.annual : each.monthly
          return (
            <label key={each.code} className="choice" data-tier={each.code}>
              <input
                type="radio"
                name="tier"
                value={each.code}
                checked={tier === each.code}
                disabled={!price}
                onChange={() => onChange(each.code, billing)}
              />
              <span className="choice__name">{each.name}</span>
              {price && (
                <span className="choice__price">
                  {billing === 'annual' ? text.plan.perYear(price) : text.plan.perMonth(price)}
                </span>
              )}
            </label>
          )
        })}
      </fieldset>
      <p className="wizard__note">{text.plan.trial}</p>
    </>
  )
}

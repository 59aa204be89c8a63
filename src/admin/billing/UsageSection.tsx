'use client'

import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

import { LIMIT_LABELS } from '../limitLabels'
import { UsageBar } from '../UsageBar'

import type { Usage } from './billingApi'
import { Section } from './Section'
import type { BillingText } from './useBillingText'

/** A bar per limit: used / limit (add-ons included). */
export function UsageSection({ text, usage }: { text: BillingText; usage: Usage['usage'] }) {
  return (
    <Section id="usage" title={text.t('billingPageUsage')}>
      {LIMIT_KEYS.map((key) => {
        const { used, limit, percent } = usage[key]
        const figure =
          limit === null
            ? text.t('usageUnlimited', { used: used.toLocaleString(text.language) })
            : `${used.toLocaleString(text.language)} / ${limit.toLocaleString(text.language)}`
        return (
          <UsageBar
            key={key}
            id={key}
            label={text.t(LIMIT_LABELS[key])}
            figure={figure}
            percent={percent}
            unlimited={limit === null}
          />
        )
      })}
    </Section>
  )
}

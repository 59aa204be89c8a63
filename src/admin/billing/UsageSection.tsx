'use client'

import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

import { LIMIT_LABELS } from '../limitLabels'
import { UsageBar } from '../UsageBar'

import type { Usage } from './billingApi'
import { Section } from './Section'
import type { BillingText } from './useBillingText'

/** A bar per limit: used / limit (add-ons included); red only when over it, or when the shop is read-only. */
export function UsageSection({ text, usage, blocked }: { text: BillingText; usage: Usage['usage']; blocked: boolean }) {
  return (
    <Section id="usage" title={text.t('billingPageUsage')}>
      {LIMIT_KEYS.map((key) => (
        <UsageBar
          key={key}
          id={key}
          label={text.t(LIMIT_LABELS[key])}
          language={text.language}
          blocked={blocked}
          {...usage[key]}
        />
      ))}
    </Section>
  )
}

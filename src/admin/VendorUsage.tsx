import { formatDate } from '@/i18n/format'
import { vendorSubscriptions } from '@/i18n/labels/vendorSubscriptions'
import type { AdminLanguage } from '@/i18n/languages'
import { translate } from '@/i18n/t'
import type { ShopOverview } from '@/services/onboarding/shopOverview'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

import { LIMIT_LABELS } from './limitLabels'
import { UsageBar } from './UsageBar'

/** The status as it reads mid-sentence ("Essential plan, trialing"); German keeps its nouns capitalised. */
function statusName(language: AdminLanguage, status: string): string {
  const label = vendorSubscriptions.fields.status.options?.[status]?.[language] ?? status
  return language === 'de' ? label : label.toLowerCase()
}

/** "Formule Professional, période d'essai jusqu'au 6 janvier 2027", else the plan and its status. */
export function planLine(language: AdminLanguage, { plan, planName }: Pick<ShopOverview, 'plan' | 'planName'>): string {
  const subscription = plan.subscription
  if (subscription?.status === 'trialing' && subscription.trialEndsAt) {
    return translate(language, 'dashboardPlanTrial', {
      plan: planName,
      date: formatDate(subscription.trialEndsAt, language),
    })
  }
  const status = subscription ? `, ${statusName(language, subscription.status)}` : ''
  return `${translate(language, 'usagePlan', { plan: planName })}${status}`
}

/** A shop's plan on one platform: the plan with its trial's end, a bar per limit, and the way to its billing. */
export function VendorUsage({
  language,
  overview,
  billingHref,
}: {
  language: AdminLanguage
  overview: ShopOverview
  billingHref: string
}) {
  const { vendor, platform, plan, usage } = overview
  return (
    <section
      aria-labelledby={`plan-${vendor.id}-${platform.id}`}
      data-plan={`${vendor.slug}:${platform.code}`}
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16 }}
    >
      <h2 id={`plan-${vendor.id}-${platform.id}`} style={{ margin: '0 0 4px', fontSize: 18 }}>
        {vendor.name} · {platform.name}
      </h2>
      <p style={{ margin: '0 0 12px', fontSize: 13 }} data-plan-line>
        {planLine(language, overview)}
        {plan.readOnly ? ` — ${translate(language, 'usageReadOnly')}` : ''}
      </p>
      {LIMIT_KEYS.map((key) => (
        <UsageBar
          key={key}
          id={key}
          label={translate(language, LIMIT_LABELS[key])}
          language={language}
          blocked={plan.readOnly}
          {...usage[key]}
        />
      ))}
      <p style={{ margin: '12px 0 0' }}>
        <a href={billingHref} data-billing-link>
          {translate(language, 'dashboardBillingLink')} →
        </a>
      </p>
    </section>
  )
}

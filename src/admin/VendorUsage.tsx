import { vendorSubscriptions } from '@/i18n/labels/vendorSubscriptions'
import type { AdminLanguage } from '@/i18n/languages'
import { translate, type Message } from '@/i18n/t'
import type { ShopOverview } from '@/services/onboarding/shopOverview'
import type { UsageSummary } from '@/services/subscriptions/usageSummary'
import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'

import { LIMIT_LABELS } from './limitLabels'
import { longDate } from './longDate'
import { UsageBar } from './UsageBar'

/** The status as it reads mid-sentence ("Essential plan, trialing"); German keeps its nouns capitalised. */
function statusName(language: AdminLanguage, status: string): string {
  const label = vendorSubscriptions.fields.status.options?.[status]?.[language] ?? status
  return language === 'de' ? label : label.toLowerCase()
}

/** "Formule Professional, période d'essai jusqu'au 6 janvier 2027", else the plan and its status. */
export function planLine(language: AdminLanguage, { plan }: Pick<ShopOverview, 'plan'>): string {
  const subscription = plan.subscription
  if (subscription?.status === 'trialing' && subscription.trialEndsAt) {
    return translate(language, 'dashboardPlanTrial', {
      plan: plan.tier.name,
      date: longDate(subscription.trialEndsAt, language),
    })
  }
  const status = subscription ? `, ${statusName(language, subscription.status)}` : ''
  return `${translate(language, 'usagePlan', { plan: plan.tier.name })}${status}`
}

function Bar({
  language,
  name,
  used,
  limit,
  percent,
}: { language: AdminLanguage; name: Message } & UsageSummary[LimitKey]) {
  const figure = limit === null ? translate(language, 'usageUnlimited', { used }) : `${used} / ${limit}`
  return (
    <UsageBar
      id={translate('en', name)}
      label={translate(language, name)}
      figure={figure}
      percent={percent}
      unlimited={limit === null}
    />
  )
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
        <Bar key={key} language={language} name={LIMIT_LABELS[key]} {...usage[key]} />
      ))}
      <p style={{ margin: '12px 0 0' }}>
        <a href={billingHref} data-billing-link>
          {translate(language, 'dashboardBillingLink')} →
        </a>
      </p>
    </section>
  )
}

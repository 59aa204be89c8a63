import { createLocalReq, type ServerProps } from 'payload'

import { vendorSubscriptions } from '@/i18n/labels/vendorSubscriptions'
import type { AdminLanguage } from '@/i18n/languages'
import { requestLanguage, translate } from '@/i18n/t'
import type { Platform, Vendor } from '@/payload-types'
import { usageSummary } from '@/services/subscriptions/usageSummary'
import { vendorPlan } from '@/services/subscriptions/vendorPlan'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'
import { isVendorUser, userVendorIds } from '@/utilities/roles'

import { LIMIT_LABELS } from './limitLabels'
import { UsageBar } from './UsageBar'

/** The status as it reads mid-sentence ("Essential plan, trialing"); German keeps its nouns capitalised. */
function statusName(language: AdminLanguage, status: string): string {
  const label = vendorSubscriptions.fields.status.options?.[status]?.[language] ?? status
  return language === 'de' ? label : label.toLowerCase()
}

/** Dashboard widget for vendor users: a bar per limit of each of their subscriptions. */
export async function VendorUsage({ i18n, payload, user }: ServerProps) {
  if (!user || !isVendorUser(user)) return null
  const language = requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0])
  const req = await createLocalReq({ user }, payload)
  const memberships = await payload.find({
    collection: 'vendor-platforms',
    where: { vendor: { in: userVendorIds(user) } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
  })
  const cards = []
  for (const membership of memberships.docs) {
    const vendor = membership.vendor as Vendor
    const platform = membership.platform as Platform
    const plan = await vendorPlan(req, vendor.id, platform.id)
    if (!plan) continue
    cards.push({ vendor, platform, plan, usage: await usageSummary(req, vendor.id, platform.id, plan) })
  }
  if (cards.length === 0) return null
  return (
    <section
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
        gap: 16,
        marginBottom: 24,
      }}
    >
      {cards.map(({ vendor, platform, plan, usage }) => (
        <div
          key={`${vendor.id}-${platform.id}`}
          style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16 }}
        >
          <h4 style={{ margin: '0 0 4px' }}>
            {vendor.name} · {platform.name}
          </h4>
          <p style={{ margin: '0 0 12px', fontSize: 13 }}>
            {translate(language, 'usagePlan', { plan: plan.tier.name })}
            {plan.subscription ? `, ${statusName(language, plan.subscription.status)}` : ''}
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
        </div>
      ))}
    </section>
  )
}

import { createLocalReq, type ServerProps } from 'payload'

import { isVendorUser, userVendorIds } from '@/utilities/roles'
import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'
import type { Platform, Vendor } from '@/payload-types'
import { type UsageSummary, usageSummary } from '@/services/subscriptions/usageSummary'
import { vendorPlan } from '@/services/subscriptions/vendorPlan'

const LABELS: Record<LimitKey, string> = {
  ordersPerMonth: 'Orders this period',
  products: 'Products',
  teamMembers: 'Team members',
  cmsPages: 'CMS pages',
  cmsCustomPages: 'Custom pages',
}

function Bar({ label, used, limit, percent }: { label: string } & UsageSummary[LimitKey]) {
  const width = Math.min(percent ?? 0, 100)
  const colour = width >= 100 ? '#cf222e' : width >= 80 ? '#bf8700' : '#1a7f37'
  return (
    <div style={{ marginBottom: 10 }} data-limit={label}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <span>{label}</span>
        <span>{limit === null ? `${used} (unlimited)` : `${used} / ${limit}`}</span>
      </div>
      <div style={{ height: 8, background: 'var(--theme-elevation-100)', borderRadius: 4 }}>
        <div style={{ width: `${limit === null ? 0 : width}%`, height: 8, background: colour, borderRadius: 4 }} />
      </div>
    </div>
  )
}

/** Dashboard widget for vendor users: a bar per limit of each of their subscriptions. */
export async function VendorUsage({ payload, user }: ServerProps) {
  if (!user || !isVendorUser(user)) return null
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
    <section style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 16, marginBottom: 24 }}>
      {cards.map(({ vendor, platform, plan, usage }) => (
        <div key={`${vendor.id}-${platform.id}`} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16 }}>
          <h4 style={{ margin: '0 0 4px' }}>
            {vendor.name} · {platform.name}
          </h4>
          <p style={{ margin: '0 0 12px', fontSize: 13 }}>
            {plan.tier.name} plan{plan.subscription ? `, ${plan.subscription.status}` : ''}
            {plan.readOnly ? ' — read-only until renewed' : ''}
          </p>
          {LIMIT_KEYS.map((key) => (
            <Bar key={key} label={LABELS[key]} {...usage[key]} />
          ))}
        </div>
      ))}
    </section>
  )
}

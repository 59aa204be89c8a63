import type { PayloadRequest } from 'payload'

import { requestLanguage } from '@/i18n/t'
import type { Platform, User, Vendor } from '@/payload-types'
import { type UsageSummary, usageSummary } from '@/services/subscriptions/usageSummary'
import { type VendorPlan, vendorPlan } from '@/services/subscriptions/vendorPlan'
import { userVendorIds } from '@/utilities/roles'

import { tierNames } from '../tiers/tierNames'

import { type FirstWeekChecklist, firstWeekChecklist } from './firstWeekChecklist'

export type ShopOverview = {
  vendor: Vendor
  platform: Pick<Platform, 'id' | 'code' | 'name'>
  plan: VendorPlan
  /** The plan's name in the interface language (the plan itself is read in the content locale). */
  planName: string
  usage: UsageSummary
  checklist: FirstWeekChecklist
}

/**
 * What a vendor user's dashboard shows, one entry per shop and platform it is on: the plan (with the trial's end),
 * the usage of each limit and the first week's checklist. Read on the server, so the page arrives with it.
 */
export async function shopOverviews(req: PayloadRequest, user: User): Promise<ShopOverview[]> {
  const vendorIds = userVendorIds(user)
  if (vendorIds.length === 0) return []
  const memberships = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { in: vendorIds } }, { isActive: { equals: true } }] },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const overviews = await Promise.all(
    memberships.docs.map(async (membership): Promise<ShopOverview | null> => {
      const vendor = membership.vendor as Vendor
      const platform = membership.platform as Platform
      const plan = await vendorPlan(req, vendor.id, platform.id)
      if (!plan) return null
      const [usage, checklist] = await Promise.all([
        usageSummary(req, vendor.id, platform.id, plan),
        firstWeekChecklist(req, { vendor, platformId: platform.id, subscription: plan.subscription }),
      ])
      const shop = { id: platform.id, code: platform.code, name: platform.name }
      return { vendor, platform: shop, plan, planName: plan.tier.name, usage, checklist }
    }),
  )
  const shown = overviews.filter((overview): overview is ShopOverview => overview !== null)
  const names = await tierNames(
    req,
    shown.flatMap(({ plan }) => (plan.tier.id === null ? [] : [plan.tier.id])),
    requestLanguage(req),
  )
  return shown.map((overview) => ({
    ...overview,
    planName: (overview.plan.tier.id !== null && names.get(overview.plan.tier.id)) || overview.planName,
  }))
}

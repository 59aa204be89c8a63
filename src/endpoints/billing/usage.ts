import type { Endpoint } from 'payload'

import { usageSummary } from '@/services/subscriptions/usageSummary'

import { billingContext } from './billingContext'

/** GET /api/billing/usage[?vendor=SLUG][&platform=CODE] (vendor owner or member, platform admin, super admin): UsageSummary per limit. */
export const usageEndpoint: Endpoint = {
  path: '/billing/usage',
  method: 'get',
  handler: async (req) => {
    const { vendor, platform, plan } = await billingContext(req, 'read')
    return Response.json({
      vendor: { id: vendor.id, slug: vendor.slug },
      platform: { code: platform.code },
      tier: { code: plan.tier.code, name: plan.tier.name },
      usage: await usageSummary(req, vendor.id, platform.id, plan),
    })
  },
}

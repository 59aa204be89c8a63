/**
 * 90 days of generated capacity history for the e2e database (run by server.ts after the demo seed), so the
 * overview has charts, trends and a forecast to show: OMS grows towards its product capacity (crossed within days)
 * and has a planned ceiling of vendors; Loyalty grows slowly.
 *   node --import tsx tests/e2e/seedCapacityHistory.ts   (DATABASE_URL: the e2e database)
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { runMain } from '../../scripts/lib/runMain'
import { generateCapacityHistory, type HistoryShape } from '../helpers/capacityHistory'

export const HISTORY_DAYS = 90

const SHAPES: Record<string, HistoryShape & { ceilings?: Record<string, number> }> = {
  oms: {
    vendors: { start: 180, perDay: 1.5 },
    used: {
      ordersPerMonth: { start: 12000, perDay: 150 },
      products: { start: 2500, perDay: 25 },
      teamMembers: { start: 300, perDay: 2 },
      cmsPages: { start: 900, perDay: 6 },
      cmsCustomPages: { start: 120, perDay: 1 },
    },
    capacity: { ordersPerMonth: 40000, products: 6000, teamMembers: 900, cmsPages: 3000, cmsCustomPages: 600 },
    mrrPerVendorCents: 4900,
    ceilings: { vendors: 400 },
  },
  loyalty: {
    vendors: { start: 40, perDay: 0.3 },
    used: {
      ordersPerMonth: { start: 2000, perDay: 10 },
      teamMembers: { start: 60, perDay: 0.2 },
      cmsPages: { start: 200, perDay: 1 },
      cmsCustomPages: { start: 20, perDay: 0.1 },
    },
    capacity: { ordersPerMonth: 20000, teamMembers: 200, cmsPages: 1000, cmsCustomPages: 150 },
    mrrPerVendorCents: 2900,
  },
}

async function main() {
  const payload = await getPayload({ config })
  const now = new Date()
  for (const [code, { ceilings, ...shape }] of Object.entries(SHAPES)) {
    const platform = (await payload.find({ collection: 'platforms', where: { code: { equals: code } }, limit: 1 }))
      .docs[0]
    if (!platform) continue
    if (ceilings) {
      const config = (platform.config ?? {}) as Record<string, unknown>
      await payload.update({
        collection: 'platforms',
        id: platform.id,
        data: { config: { ...config, capacity: { ceilings } } },
      })
    }
    const tiers = await payload.find({
      collection: 'subscription-tiers',
      where: { platform: { equals: platform.id } },
      sort: 'sortOrder',
      pagination: false,
    })
    await generateCapacityHistory(payload, {
      platformId: platform.id,
      days: HISTORY_DAYS,
      now,
      shape: { ...shape, tiers: tiers.docs.map(({ code, name }) => ({ code, name })) },
    })
  }
  await payload.destroy()
}

runMain(main)

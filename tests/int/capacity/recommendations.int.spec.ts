/**
 * Recommendations on the hand-counted platform (tests/helpers/capacity.ts): each with its reason (message key and
 * variables) and the figures behind it.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { translate } from '@/i18n/t'
import type { CapacityPlatform } from '@/services/capacity/capacityScope'
import { capacityRecommendations, type Recommendation } from '@/services/capacity/recommendations'

import { capacityWorld, type CapacityWorld, setSubscription } from '../../helpers/capacity'
import { generateCapacityHistory } from '../../helpers/capacityHistory'
import { testPayload } from '../../helpers/payload'

const DAY = 24 * 60 * 60 * 1000

let payload: Payload
let req: PayloadRequest
let world: CapacityWorld
let platform: CapacityPlatform
let recommendations: Recommendation[]
const now = new Date()

beforeAll(async () => {
  payload = await testPayload()
  req = await createLocalReq({}, payload)
  world = await capacityWorld(payload)
  await setSubscription(payload, world.v3, world.platform, {
    trialEndsAt: new Date(now.getTime() + 3 * DAY).toISOString(),
  })
  // Products grow by 2 a day towards a capacity of 100: 80 % (80) is crossed in about 10 days.
  await generateCapacityHistory(payload, {
    platformId: world.platform.id,
    days: 14,
    now,
    shape: {
      vendors: { start: 4, perDay: 0 },
      used: { products: { start: 34, perDay: 2 } },
      capacity: { products: 100 },
      mrrPerVendorCents: 1000,
      noise: 0,
    },
  })
  const { id, code, name } = world.platform
  platform = { id, code, name, config: { capacity: { ceilings: { vendors: 1000 } } } }
  recommendations = await capacityRecommendations(req, { platforms: [platform], now })
})

const ofKind = (kind: Recommendation['kind']) => recommendations.filter((item) => item.kind === kind)

describe('capacityRecommendations', () => {
  it('vendors at 80 % or more of a limit, with their tier and the next tier up, most used first', () => {
    const near = ofKind('vendorNearLimit').map((item) => [
      item.vendor!.slug,
      item.figures.limit,
      item.figures.percent,
      item.figures.nextTier,
    ])
    expect(near).toEqual([
      [world.v1.slug, 'teamMembers', 100, 'big'],
      [world.v4.slug, 'products', 100, 'big'],
      [world.v1.slug, 'ordersPerMonth', 90, 'big'],
    ])
    const [first] = ofKind('vendorNearLimit')
    expect(first!.severity).toBe('warning')
    expect(translate('en', first!.reason.key, first!.reason.vars)).toBe(
      `${world.v1.name} uses 2 of 2 (100 %) of Team members on Tier 0: suggest Tier 1.`,
    )
  })

  it('a tier whose live vendors are mostly near a limit is a pricing signal', () => {
    expect(ofKind('tierPricing')).toEqual([
      expect.objectContaining({
        platform: { id: world.platform.id, code: world.platform.code },
        figures: expect.objectContaining({ tier: 'small', vendors: 3, nearLimit: 2, share: 0.67 }),
      }),
    ])
  })

  it('trials ending within a week and past-due shops', () => {
    expect(ofKind('trialEnding').map((item) => item.vendor!.slug)).toEqual([world.v3.slug])
    expect(ofKind('pastDue').map((item) => item.vendor!.slug)).toEqual([world.v4.slug])
    const [trial] = ofKind('trialEnding')
    expect(translate('fr', trial!.reason.key, trial!.reason.vars)).toContain(
      `se termine le ${new Date(now.getTime() + 3 * DAY).toISOString().slice(0, 10)}`,
    )
  })

  it('a platform whose forecast reaches 80 % of capacity within 30 days, with the day and the figures', () => {
    const forecasts = ofKind('forecast')
    expect(forecasts).toHaveLength(1)
    // 34 + 2 x reaches 80 at x = 23, the 14th point being x = 13: ten days after today
    expect(forecasts[0]!.figures).toMatchObject({
      metric: 'products',
      threshold: 'capacity',
      thresholdValue: 80,
      latest: 60,
      inDays: 10,
      crossesOn: new Date(now.getTime() + 10 * DAY).toISOString().slice(0, 10),
    })
  })

  it('no platform, no recommendation', async () => {
    expect(await capacityRecommendations(req, { platforms: [], now })).toEqual([])
  })
})

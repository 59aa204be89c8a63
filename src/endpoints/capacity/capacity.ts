import type { Endpoint } from 'payload'

import { t } from '@/i18n/t'
import { capacityPlatforms, type CapacityPlatform } from '@/services/capacity/capacityScope'
import { ceilingsOf, forecastPlatform } from '@/services/capacity/forecast'
import type { CapacityFiguresOfDay } from '@/services/capacity/metrics'
import { capacityRecommendations } from '@/services/capacity/recommendations'
import { captureCapacitySnapshots, currentCapacity, dayOf, readSnapshots } from '@/services/capacity/snapshots'

import { emptyBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseQuery } from '../validation'

import { DEFAULT_TREND_DAYS, requestedPlatforms, trendsQuery } from './query'

const DAY = 24 * 60 * 60 * 1000

const platformRef = ({ id, code, name }: CapacityPlatform) => ({ id, code, name })

/** A platform's figures of one day, with the platform named instead of its id. */
const figuresAnswer = (platforms: CapacityPlatform[], { platformId, ...figures }: CapacityFiguresOfDay) => ({
  platform: platformRef(platforms.find((platform) => platform.id === platformId)!),
  ...figures,
})

/** GET /api/admin/subscription-capacity[?platform=CODE]: theoretical capacity against usage now, per platform. */
export const subscriptionCapacityEndpoint: Endpoint = {
  path: '/admin/subscription-capacity',
  method: 'get',
  handler: async (req) => {
    const platforms = await requestedPlatforms(req)
    const now = new Date()
    const figures = await currentCapacity(req, { now, platformIds: platforms.map((platform) => platform.id) })
    return noStore({ checkedAt: now.toISOString(), platforms: figures.map((day) => figuresAnswer(platforms, day)) })
  },
}

/** GET /api/admin/capacity/trends?days=N[&platform=CODE]: the snapshots of the last N days and each metric's forecast. */
export const capacityTrendsEndpoint: Endpoint = {
  path: '/admin/capacity/trends',
  method: 'get',
  handler: async (req) => {
    const query = parseQuery(req, trendsQuery(req))
    const platforms = await capacityPlatforms(req, query.platform)
    const days = query.days === undefined ? DEFAULT_TREND_DAYS : Number(query.days)
    const now = new Date()
    const to = dayOf(now)
    const from = dayOf(new Date(now.getTime() - (days - 1) * DAY))
    const snapshots = await readSnapshots(req, { platformIds: platforms.map((platform) => platform.id), from, to })
    return noStore({
      days,
      from,
      to,
      platforms: platforms.map((platform) => {
        const own = snapshots.filter((day) => day.platformId === platform.id)
        return {
          platform: platformRef(platform),
          snapshots: own.map(({ platformId: _platformId, ...figures }) => figures),
          forecast: forecastPlatform(own, { ceilings: ceilingsOf(platform.config) }),
        }
      }),
    })
  },
}

/** GET /api/admin/capacity/recommendations[?platform=CODE]: each with its reason in the caller's language and its figures. */
export const capacityRecommendationsEndpoint: Endpoint = {
  path: '/admin/capacity/recommendations',
  method: 'get',
  handler: async (req) => {
    const platforms = await requestedPlatforms(req)
    const recommendations = await capacityRecommendations(req, { platforms, now: new Date() })
    return noStore({
      recommendations: recommendations.map((recommendation) => ({
        ...recommendation,
        message: t(req, recommendation.reason.key, recommendation.reason.vars),
      })),
    })
  },
}

/** POST /api/admin/capacity/snapshot[?platform=CODE]: today's snapshot of the caller's platforms now (as the daily job). */
export const captureSnapshotEndpoint: Endpoint = {
  path: '/admin/capacity/snapshot',
  method: 'post',
  handler: async (req) => {
    await emptyBody(req)
    const platforms = await requestedPlatforms(req)
    const { date, platforms: written } = await captureCapacitySnapshots(req.payload, {
      now: new Date(),
      req,
      platformIds: platforms.map((platform) => platform.id),
    })
    return noStore({ date, platforms: written.map((day) => figuresAnswer(platforms, day)) })
  },
}

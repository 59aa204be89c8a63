import { z } from 'zod'

import { FORECAST_METRICS } from '@/services/capacity/forecast'
import { CAPACITY_FIGURES } from '@/services/capacity/metrics'
import { SUBSCRIPTION_STATUSES } from '@/services/subscriptions/status'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

const day = z.iso.date().describe('A UTC day.')
const dateTime = z.iso.datetime()
const count = z.number().int().min(0)
const cents = z.number().int().describe('Cents.')
const platformRef = z.strictObject({ id: z.number().int(), code: z.string(), name: z.string() })

const figureFields = z.strictObject(
  Object.fromEntries(CAPACITY_FIGURES.map((figure) => [figure, z.number()])) as Record<
    (typeof CAPACITY_FIGURES)[number],
    z.ZodNumber
  >,
)
const figures = figureFields

const dayFields = {
  date: day,
  vendors: z.strictObject({
    live: count.describe('Trialing, active and past-due subscriptions.'),
    byStatus: z.strictObject(
      Object.fromEntries(SUBSCRIPTION_STATUSES.map((status) => [status, count])) as Record<
        (typeof SUBSCRIPTION_STATUSES)[number],
        typeof count
      >,
    ),
    byTier: z.array(z.strictObject({ code: z.string(), name: z.string(), count })),
  }),
  capacity: z
    .strictObject(
      Object.fromEntries(LIMIT_KEYS.map((key) => [key, figures])) as Record<
        (typeof LIMIT_KEYS)[number],
        typeof figures
      >,
    )
    .describe(
      'Per limit. `limit`: the sum of the finite limits of the live subscriptions (theoretical capacity); `unlimited`: live subscriptions without a limit (counted apart); `used`: the usage of all of them; `usedUnderLimit`: of those with a limit; `nearLimit`: subscriptions at 80 % or more of their limit.',
    ),
  mrr: z.strictObject({
    cents: cents.describe('Active and past-due subscriptions, annual prices / 12, add-ons included.'),
    pastDueCents: cents,
    trialCents: cents.describe('What the trials would bring, apart.'),
  }),
  day: z
    .strictObject({ signups: count, conversions: count, cancellations: count })
    .describe("Since the platform's last snapshot of an earlier day (else since midnight UTC)."),
}

/** A platform's figures of one day, named. */
export const platformDaySchema = z
  .strictObject({ platform: platformRef, ...dayFields })
  .meta({ id: 'CapacityOfPlatform', description: "A platform's capacity figures." })

/** GET /api/admin/subscription-capacity */
export const subscriptionCapacitySchema = z
  .strictObject({ checkedAt: dateTime, platforms: z.array(platformDaySchema) })
  .meta({ id: 'SubscriptionCapacity', description: 'Theoretical capacity against usage now, per platform.' })

/** POST /api/admin/capacity/snapshot */
export const snapshotTakenSchema = z
  .strictObject({ date: day, platforms: z.array(platformDaySchema) })
  .meta({ id: 'CapacitySnapshotTaken', description: "Today's snapshot of each platform, written (or updated)." })

const point = z.strictObject({ date: day, value: z.number() })
const crossing = z
  .strictObject({
    threshold: z.number(),
    already: z.boolean(),
    date: day.nullable().describe('null: the trend never reaches it (flat or falling).'),
    inDays: z.number().int().nullable(),
  })
  .nullable()

/** GET /api/admin/capacity/trends */
export const trendsSchema = z
  .strictObject({
    days: z.number().int(),
    from: day,
    to: day,
    platforms: z.array(
      z.strictObject({
        platform: platformRef,
        snapshots: z.array(z.strictObject(dayFields)),
        forecast: z.array(
          z.strictObject({
            metric: z.enum(FORECAST_METRICS),
            series: z.array(point),
            trend: z.union([
              z.strictObject({ enoughData: z.literal(false), points: count, needed: count }),
              z.strictObject({
                enoughData: z.literal(true),
                points: count,
                dailyGrowth: z.number(),
                intercept: z.number(),
                rSquared: z.number(),
                line: z.array(point).describe('The fitted line, from the first day to 30 days after the last.'),
              }),
            ]),
            capacityThreshold: z.number().nullable().describe('80 % of the last day’s theoretical capacity.'),
            ceiling: z.number().nullable().describe("The platform's planned ceiling (config.capacity.ceilings)."),
            crossesCapacity: crossing,
            crossesCeiling: crossing,
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'CapacityTrends',
    description: 'The snapshots of the last `days` days and a linear forecast per metric.',
  })

/** GET /api/admin/capacity/recommendations */
export const recommendationsSchema = z
  .strictObject({
    recommendations: z.array(
      z.strictObject({
        kind: z.enum(['vendorNearLimit', 'tierPricing', 'trialEnding', 'pastDue', 'forecast']),
        severity: z.enum(['warning', 'info']),
        platform: z.strictObject({ id: z.number().int(), code: z.string() }),
        vendor: z.strictObject({ id: z.number().int(), slug: z.string(), name: z.string() }).optional(),
        reason: z
          .strictObject({ key: z.string(), vars: z.record(z.string(), z.unknown()) })
          .describe('The message key and its variables, for a client that words it itself.'),
        message: z.string().describe("The reason in the caller's language."),
        figures: z.record(z.string(), z.unknown()).describe('Numbers, codes, dates or null, by name.'),
      }),
    ),
  })
  .meta({ id: 'CapacityRecommendations', description: 'What to look at, each with its reason and figures.' })

const sharedFigures = figureFields.extend({
  share: z.number().nullable().describe('usedUnderLimit / limit; null without a finite limit.'),
})
const level = z.enum(['ok', 'degraded', 'unhealthy'])
const bounds = z.strictObject({ degraded: z.number(), unhealthy: z.number().optional() })

/** GET /api/admin/health (200, and 503 when unhealthy) */
export const adminHealthSchema = z
  .strictObject({
    status: level,
    checkedAt: dateTime,
    database: z.strictObject({ reachable: z.boolean(), latencyMs: z.number().nullable(), level }),
    jobs: z
      .strictObject({
        level,
        backlog: count,
        failed24h: count,
        oldestWaitingSince: dateTime.nullable(),
        oldestWaitingMinutes: z.number().int().nullable(),
        tasks: z.array(
          z.strictObject({
            task: z.string(),
            waiting: count,
            scheduled: count,
            running: count,
            failed24h: count,
            lastRunAt: dateTime.nullable(),
            lastRunState: z.enum(['succeeded', 'failed']).nullable(),
          }),
        ),
      })
      .nullable(),
    snapshots: z
      .strictObject({ level, lastCapturedAt: dateTime.nullable(), ageHours: z.number().nullable() })
      .nullable(),
    capacity: z
      .strictObject({
        level,
        platforms: z.array(
          z.strictObject({
            platform: platformRef,
            limits: z.strictObject(
              Object.fromEntries(LIMIT_KEYS.map((key) => [key, sharedFigures])) as Record<
                (typeof LIMIT_KEYS)[number],
                typeof sharedFigures
              >,
            ),
          }),
        ),
      })
      .nullable(),
    thresholds: z.record(z.string(), bounds),
  })
  .meta({
    id: 'AdminHealth',
    description: 'Each check with its level; the status is the worst. Thresholds in docs/capacity.md.',
  })

/** GET /api/health */
export const healthSchema = z
  .strictObject({ status: z.enum(['ok', 'degraded']) })
  .meta({ id: 'Health', description: 'Nothing else: the database answers (ok), slowly or not at all (degraded).' })

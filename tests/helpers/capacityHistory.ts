import type { Payload } from 'payload'

import type { CapacityFigures } from '@/services/capacity/metrics'
import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'

const DAY = 24 * 60 * 60 * 1000

type Growth = { start: number; perDay: number }

export type HistoryShape = {
  /** Live subscriptions, growing by `perDay` a day. */
  vendors: Growth
  /** Each limit's usage; its theoretical capacity is `capacityFactor` × the last day's usage. */
  used: Partial<Record<LimitKey, Growth>>
  capacity: Partial<Record<LimitKey, number>>
  mrrPerVendorCents: number
  /** Relative noise (0.03 = ±3 %), deterministic. */
  noise?: number
  /** The platform's tiers, sharing the live vendors by halves (the first half, a quarter, …). */
  tiers?: { code: string; name: string }[]
}

/** A deterministic wobble in [-1, 1] for day `index` of series `salt`. */
const wobble = (index: number, salt: number) => Math.sin(index * 12.9898 + salt * 78.233) % 1

/**
 * `days` capacity-snapshots of a platform ending on the day of `now`, growing along `shape` with a little noise: the
 * generated history of the capacity tests and of the e2e database. Written through the Local API (as the app would
 * read them back), replacing any snapshot of those days.
 */
export async function generateCapacityHistory(
  payload: Payload,
  { platformId, days, now, shape }: { platformId: number; days: number; now: Date; shape: HistoryShape },
): Promise<void> {
  const noise = shape.noise ?? 0.03
  const first = new Date(Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`) - (days - 1) * DAY)
  await payload.delete({
    collection: 'capacity-snapshots',
    where: { and: [{ platform: { equals: platformId } }, { date: { greater_than_equal: first.toISOString() } }] },
  })
  for (let index = 0; index < days; index++) {
    const date = new Date(first.getTime() + index * DAY)
    const value = (growth: Growth | undefined, salt: number) =>
      growth ? Math.max(0, Math.round((growth.start + growth.perDay * index) * (1 + noise * wobble(index, salt)))) : 0
    const live = value(shape.vendors, 0)
    const capacity = Object.fromEntries(
      LIMIT_KEYS.map((key, salt) => {
        const used = value(shape.used[key], salt + 1)
        const limit = shape.capacity[key] ?? 0
        return [
          key,
          {
            limit,
            unlimited: Math.round(live * 0.05),
            used,
            usedUnderLimit: Math.round(used * 0.9),
            nearLimit: Math.round(live * 0.08),
          },
        ]
      }),
    ) as Record<LimitKey, CapacityFigures>
    const trialing = Math.round(live * 0.2)
    await payload.create({
      collection: 'capacity-snapshots',
      data: {
        platform: platformId,
        date: date.toISOString(),
        vendors: {
          live,
          byStatus: {
            trialing,
            active: live - trialing - 2,
            past_due: 2,
            canceled: Math.round(index / 10),
            expired: 1,
          },
          byTier: (shape.tiers ?? []).map((tier, rank, all) => ({
            ...tier,
            count: rank === all.length - 1 ? Math.ceil(live / 2 ** rank) : Math.floor(live / 2 ** (rank + 1)),
          })),
        },
        capacity,
        mrr: {
          cents: (live - trialing) * shape.mrrPerVendorCents,
          pastDueCents: 2 * shape.mrrPerVendorCents,
          trialCents: trialing * shape.mrrPerVendorCents,
        },
        day: { signups: 1 + (index % 4), conversions: index % 3, cancellations: index % 7 === 0 ? 1 : 0 },
      },
    })
  }
}

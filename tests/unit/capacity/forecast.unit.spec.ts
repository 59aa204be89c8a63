import { describe, expect, it } from 'vitest'

import { ceilingsOf, crossing, linearTrend, MIN_POINTS, type SeriesPoint } from '@/services/capacity/forecast'

const DAY = 24 * 60 * 60 * 1000
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * DAY).toISOString().slice(0, 10)
const series = (values: number[]): SeriesPoint[] => values.map((value, index) => ({ date: day(index), value }))

describe('linearTrend', () => {
  it('an exact line: R² 1, its slope per day, and the exact day it crosses a threshold', () => {
    const points = series(Array.from({ length: 30 }, (_, x) => 100 + 10 * x))
    const trend = linearTrend(points, 10)
    expect(trend).toMatchObject({ enoughData: true, points: 30 })
    if (!trend.enoughData) throw new Error('unreachable')
    expect(trend.rSquared).toBeCloseTo(1, 12)
    expect(trend.dailyGrowth).toBeCloseTo(10, 10)
    expect(trend.intercept).toBeCloseTo(100, 10)
    expect(trend.line).toHaveLength(40)
    expect(trend.line.at(-1)).toEqual({ date: day(39), value: expect.closeTo(490, 8) })
    // 100 + 10 x = 800 at x = 70
    expect(crossing(points, trend, 800)).toEqual({ threshold: 800, already: false, date: day(70), inDays: 41 })
    // between two days: the first whole day at or above it
    expect(crossing(points, trend, 805)?.date).toBe(day(71))
  })

  it('a noisy line: R² below 1 and the growth of the underlying line', () => {
    const noise = [3, -4, 2, -1, 5, -3, 0, 4, -5, 1, -2, 3, -4, 2, 0, -1, 4, -3, 2, -2]
    const trend = linearTrend(series(noise.map((n, x) => 50 + 2 * x + n)))
    if (!trend.enoughData) throw new Error('expected a trend')
    expect(trend.rSquared).toBeGreaterThan(0.8)
    expect(trend.rSquared).toBeLessThan(1)
    expect(trend.dailyGrowth).toBeGreaterThan(1.6)
    expect(trend.dailyGrowth).toBeLessThan(2.4)
  })

  it(`fewer than ${MIN_POINTS} days: not enough data, and no crossing`, () => {
    const points = series([1, 2, 3, 4, 5, 6])
    const trend = linearTrend(points)
    expect(trend).toEqual({ enoughData: false, points: 6, needed: 7 })
    expect(crossing(points, trend, 10)).toBeNull()
  })

  it('a flat or falling line never crosses; a value already over the threshold has crossed', () => {
    const flat = series(Array(10).fill(40))
    const flatTrend = linearTrend(flat)
    expect(flatTrend).toMatchObject({ enoughData: true, rSquared: 1, dailyGrowth: 0 })
    expect(crossing(flat, flatTrend, 50)).toEqual({ threshold: 50, already: false, date: null, inDays: null })
    expect(crossing(flat, flatTrend, 40)).toEqual({ threshold: 40, already: true, date: day(9), inDays: 0 })
    const falling = series(Array.from({ length: 10 }, (_, x) => 100 - x))
    expect(crossing(falling, linearTrend(falling), 200)?.date).toBeNull()
  })
})

describe('ceilingsOf', () => {
  it("reads a platform's planned ceilings and ignores anything else", () => {
    expect(ceilingsOf({ capacity: { ceilings: { products: 5000, vendors: 100, bogus: 3, orders: 'x' } } })).toEqual({
      products: 5000,
      vendors: 100,
    })
    expect(ceilingsOf(null)).toEqual({})
    expect(ceilingsOf({ capacity: { ceilings: { products: -1 } } })).toEqual({})
  })
})

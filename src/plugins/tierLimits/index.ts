import type { CollectionConfig, Config, Plugin } from 'payload'

import type { LimitRule } from '@/services/limitRules'

import { countPages } from './hooks/countPages'
import { countPeriodOrders } from './hooks/countPeriodOrders'
import { countRows } from './hooks/countRows'
import { countTeam } from './hooks/countTeam'

function withLimits(collection: CollectionConfig, rules: LimitRule[]): CollectionConfig {
  const of = (counter: LimitRule['counter']) => rules.filter((rule) => rule.counter === counter)
  const pages = of('pages')
  const beforeChange = [
    ...of('rows').map(countRows),
    ...(pages.length > 0 ? [countPages(pages)] : []),
    ...of('team').map(countTeam),
  ]
  const afterChange = of('billingPeriod').map(countPeriodOrders)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // Limits run last among the checks: a write refused for scope or input never takes a vendor's limit lock.
      beforeChange: [...(collection.hooks?.beforeChange ?? []), ...beforeChange],
      afterChange: [...afterChange, ...(collection.hooks?.afterChange ?? [])],
    },
  }
}

/** Applies the limit rules of the vendors' plans (one table: src/services/limitRules.ts) to the collections they name. */
export const tierLimitsPlugin =
  ({ rules }: { rules: LimitRule[] }): Plugin =>
  (config: Config): Config => {
    const known = new Set((config.collections ?? []).map((collection) => collection.slug))
    for (const rule of rules) {
      if (!known.has(rule.collection)) throw new Error(`tierLimits: no collection "${rule.collection}" in the config.`)
    }
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const own = rules.filter((rule) => rule.collection === collection.slug)
        return own.length > 0 ? withLimits(collection, own) : collection
      }),
    }
  }

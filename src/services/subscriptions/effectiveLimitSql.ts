import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

import type { SqlName } from '../db/sqlName'
import * as tables from '../db/tables'
import { LIMIT_KEYS, type LimitKey } from '../tiers/limitKeys'

/** The aliases the expression is written over: `FROM ${SUBSCRIPTION} JOIN ${TIER} ON ...`. */
export const SUBSCRIPTION = tables.vendorSubscriptions.as('s')
export const TIER = tables.subscriptionTiers.as('t')

/** Each limit's column on the tier. */
const TIER_LIMIT_COLUMNS: Record<LimitKey, SqlName> = {
  ordersPerMonth: TIER.limits_orders_per_month,
  products: TIER.limits_products,
  teamMembers: TIER.limits_team_members,
  cmsPages: TIER.limits_cms_pages,
  cmsCustomPages: TIER.limits_cms_custom_pages,
}

const r = tables.vendorSubscriptionsRels.as('r')
const a = tables.addOns.as('a')

/**
 * `effectiveLimits` (tier limit + the raises of the subscription's add-ons, unlimited stays unlimited) as a SQL
 * expression over a subscription row `s` joined to its tier `t` (SUBSCRIPTION, TIER), for the hot paths that check
 * a limit inside one statement. tests/int/limits/limit-rules.int.spec.ts proves both agree on generated tiers and add-ons,
 * and so does its set form below (subscriptionUsageCtes).
 */
export function effectiveLimitSql(key: LimitKey): SQL {
  const tierLimit = TIER_LIMIT_COLUMNS[key]
  return sql`CASE WHEN ${tierLimit} IS NULL THEN NULL
    ELSE ${tierLimit} + COALESCE((
      SELECT sum(${a.raises_amount}) FROM ${r} JOIN ${a} ON ${a.id} = ${r.add_ons_id}
      WHERE ${r.parent_id} = ${SUBSCRIPTION.id} AND ${r.path} = ${tables.addOnsPath} AND ${a.raises_limit} = ${key}), 0)
  END`
}

/** The column of `addOnRaisesSql` holding the raises of one limit. */
export const raiseColumn = (key: LimitKey) => sql.raw(`raise_${key.toLowerCase()}`)

/**
 * Every subscription's add-on raises, one row per subscription that has any (`subscription_id`, and per limit key its
 * `raiseColumn`): the set-based form of the add-on part of `effectiveLimitSql`, for statements over many subscriptions,
 * where a correlated subquery per subscription and limit would run hundreds of thousands of times.
 */
export function addOnRaisesSql(): SQL {
  const sums = LIMIT_KEYS.map(
    (key) => sql`sum(${a.raises_amount}) FILTER (WHERE ${a.raises_limit} = ${key}) AS ${raiseColumn(key)}`,
  )
  return sql`SELECT ${r.parent_id} AS subscription_id, ${sql.join(sums, sql`, `)}
    FROM ${r} JOIN ${a} ON ${a.id} = ${r.add_ons_id} WHERE ${r.path} = ${tables.addOnsPath} GROUP BY 1`
}

/** `effectiveLimitSql` over a subscription joined (LEFT JOIN) to its `addOnRaisesSql` row under `alias`. */
export function effectiveLimitFromRaisesSql(key: LimitKey, alias: string): SQL {
  const tierLimit = TIER_LIMIT_COLUMNS[key]
  return sql`CASE WHEN ${tierLimit} IS NULL THEN NULL ELSE ${tierLimit} + COALESCE(${sql.raw(alias)}.${raiseColumn(key)}, 0) END`
}

import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { SqlName } from '../db/sqlName'
import * as tables from '../db/tables'
import {
  addOnRaisesSql,
  effectiveLimitFromRaisesSql,
  SUBSCRIPTION as s,
  TIER as t,
} from '../subscriptions/effectiveLimitSql'
import { LIMIT_KEYS, type LimitKey } from '../tiers/limitKeys'

/*
 * Every subscription with its effective limits and its usage, as CTEs that a statement aggregates (a snapshot per
 * platform) or filters (the vendors near a limit), in one pass over each table rather than per vendor. The usage is
 * counted as the limits count it (services/subscriptions/usageCounts.ts counts one vendor the same way): orders are
 * the subscription's period counter; products the vendor's rows on the platform; team members the vendor's users
 * across its platforms; CMS pages the vendor's pages on the platform, custom pages those whose slug is none of the
 * platform's default pages. Each limit is effectiveLimitSql's rule in its set form (the add-on raises summed once per
 * subscription rather than a subquery per subscription and limit: 5 s of 10 at 100,000 subscriptions).
 */

/** The SQL column alias of a limit's effective value and of its usage in the `subscription_usage` CTE. */
export const limitColumn = (key: LimitKey) => sql.raw(`limit_${key}`)
export const usedColumn = (key: LimitKey) => sql.raw(`used_${key}`)

/** A Postgres int[] literal for `= ANY(...)`, or null for "all". */
export const idArray = (ids: readonly number[] | undefined): string | null =>
  ids === undefined ? null : `{${ids.map((id) => Math.trunc(id)).join(',')}}`

/**
 * `WITH ... subscription_usage AS (...)`: one row per subscription of the platforms `platformIds` (all when
 * undefined) with `id, vendor_id, platform_id, tier_id, status, billing_period, created_at, trial_ends_at`, and for
 * each limit key `limit_<key>` (null = unlimited) and `used_<key>`. Statements go on with `, more AS (...)` or `SELECT`.
 */
export function subscriptionUsageCtes(platformIds?: readonly number[]): SQL {
  const { products, contentPages: pages, usersRels } = tables
  const ids = idArray(platformIds)
  const platformFilter = (column: SqlName) => (ids === null ? sql`TRUE` : sql`${column} = ANY(${ids}::int[])`)
  const limits = sql.join(
    LIMIT_KEYS.map((key) => sql`${effectiveLimitFromRaisesSql(key, 'raises')} AS ${limitColumn(key)}`),
    sql`, `,
  )
  return sql`WITH product_counts AS (
      SELECT ${products.vendor_id} AS vendor_id, ${products.platform_id} AS platform_id, count(*)::int AS n
      FROM ${products} WHERE ${platformFilter(products.platform_id)} GROUP BY 1, 2
    ), default_slugs AS (
      SELECT DISTINCT ${pages.platform_id} AS platform_id, ${pages.slug} AS slug FROM ${pages}
      WHERE ${pages.vendor_id} IS NULL AND ${pages.is_platform_page} = false AND ${pages.slug} IS NOT NULL
        AND ${platformFilter(pages.platform_id)}
    ), page_counts AS (
      SELECT own.vendor_id, own.platform_id, count(*)::int AS pages, count(*) FILTER (WHERE d.slug IS NULL)::int AS custom
      FROM (SELECT ${pages.vendor_id} AS vendor_id, ${pages.platform_id} AS platform_id, ${pages.slug} AS slug FROM ${pages}
            WHERE ${pages.vendor_id} IS NOT NULL AND ${platformFilter(pages.platform_id)}) own
      LEFT JOIN default_slugs d ON d.platform_id = own.platform_id AND d.slug = own.slug
      GROUP BY 1, 2
    ), team_counts AS (
      SELECT ${usersRels.vendors_id} AS vendor_id, count(DISTINCT ${usersRels.parent_id})::int AS n
      FROM ${usersRels} WHERE ${usersRels.path} = ${tables.vendorsPath} GROUP BY 1
    ), add_on_raises AS (${addOnRaisesSql()}
    ), subscription_usage AS (
      SELECT ${s.id} AS id, ${s.vendor_id} AS vendor_id, ${s.platform_id} AS platform_id, ${s.tier_id} AS tier_id,
        ${s.status}::text AS status, ${s.billing_period}::text AS billing_period, ${s.created_at} AS created_at,
        ${s.trial_ends_at} AS trial_ends_at, ${limits},
        COALESCE(${s.orders_this_period}, 0)::int AS ${usedColumn('ordersPerMonth')},
        COALESCE(pc.n, 0) AS ${usedColumn('products')},
        COALESCE(tc.n, 0) AS ${usedColumn('teamMembers')},
        COALESCE(gc.pages, 0) AS ${usedColumn('cmsPages')},
        COALESCE(gc.custom, 0) AS ${usedColumn('cmsCustomPages')}
      FROM ${s} JOIN ${t} ON ${t.id} = ${s.tier_id}
      LEFT JOIN add_on_raises raises ON raises.subscription_id = ${s.id}
      LEFT JOIN product_counts pc ON pc.vendor_id = ${s.vendor_id} AND pc.platform_id = ${s.platform_id}
      LEFT JOIN page_counts gc ON gc.vendor_id = ${s.vendor_id} AND gc.platform_id = ${s.platform_id}
      LEFT JOIN team_counts tc ON tc.vendor_id = ${s.vendor_id}
      WHERE ${platformFilter(s.platform_id)}
    )`
}

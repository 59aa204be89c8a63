import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

import type { LimitKey } from '../tiers/limitKeys'

const column = (key: LimitKey) => `limits_${key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`

/**
 * `effectiveLimits` (tier limit + the raises of the subscription's add-ons, unlimited stays unlimited) as a SQL
 * expression over `vendor_subscriptions s JOIN subscription_tiers t`, for the hot paths that check a limit inside
 * one statement. tests/int/limit-rules.int.spec.ts proves both agree on generated tiers and add-ons.
 */
export function effectiveLimitSql(key: LimitKey): SQL {
  const tierLimit = sql.raw(`t.${column(key)}`)
  return sql`CASE WHEN ${tierLimit} IS NULL THEN NULL
    ELSE ${tierLimit} + COALESCE((
      SELECT sum(a.raises_amount) FROM vendor_subscriptions_rels r JOIN add_ons a ON a.id = r.add_ons_id
      WHERE r.parent_id = s.id AND r.path = 'addOns' AND a.raises_limit = ${key}), 0)
  END`
}

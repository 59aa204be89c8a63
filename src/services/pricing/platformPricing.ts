import type { Payload } from 'payload'

import {
  type ContentScope,
  decodeScope,
  queryPrepared,
  SCOPE_CTES,
  type ScopeFailure,
  type ScopeRow,
  scopeParams,
} from '../content/contentScope'
import * as tables from '../db/tables'
import { DEFAULT_LOCALE, type Locale } from '../locales'
import { localizedNameSql } from '../tiers/localizedNameSql'

type Limits = {
  ordersPerMonth: number | null
  products: number | null
  teamMembers: number | null
  cmsPages: number | null
  cmsCustomPages: number | null
}

export type PricingTier = {
  code: string
  name: string
  description: string | null
  priceMonthly: number
  priceAnnual: number
  limits: Limits
  features: string[]
}
export type PricingAddOn = {
  code: string
  name: string
  description: string | null
  price: number
  interval: 'month' | 'year' | 'once'
  raises: { limit: string; amount: number } | null
}

export type PlatformPricing = {
  platform: { code: string; name: string }
  currency: 'EUR'
  tiers: PricingTier[]
  addOns: PricingAddOn[]
}

const t = tables.subscriptionTiers.as('t')
const f = tables.subscriptionTiersFeatures.as('f')
const a = tables.addOns.as('a')

/**
 * One statement: the platform (by code, host or path prefix, as content requests find it), its public tiers in
 * their order with limits (null = unlimited) and features, and its add-ons, named in the locale ($5). Amounts in cents.
 */
const PRICING_SQL = `
  WITH ${SCOPE_CTES}
  SELECT pl.id AS platform_id, pl.code AS platform_code, pl.name AS platform_name,
    NULL::int AS vendor_id, NULL AS vendor_slug, NULL AS vendor_name,
    COALESCE((
      SELECT json_agg(json_build_object(
        'code', ${t.code}, 'name', ${localizedNameSql('tier', t.id, '$5')},
        'description', ${localizedNameSql('tier', t.id, '$5', 'description')}, 'priceMonthly', ${t.price_monthly}, 'priceAnnual', ${t.price_annual},
        'limits', json_build_object(
          'ordersPerMonth', ${t.limits_orders_per_month}, 'products', ${t.limits_products},
          'teamMembers', ${t.limits_team_members}, 'cmsPages', ${t.limits_cms_pages}, 'cmsCustomPages', ${t.limits_cms_custom_pages}),
        'features', COALESCE((SELECT json_agg(${f.value} ORDER BY ${f.order}) FROM ${f} WHERE ${f.parent_id} = ${t.id}), '[]'::json)
      ) ORDER BY ${t.sort_order}, ${t.id})
      FROM ${t} WHERE ${t.platform_id} = pl.id AND ${t.is_public} IS NOT FALSE
    ), '[]'::json) AS tiers,
    COALESCE((
      SELECT json_agg(json_build_object(
        'code', ${a.code}, 'name', ${localizedNameSql('addOn', a.id, '$5')},
        'description', ${localizedNameSql('addOn', a.id, '$5', 'description')}, 'price', ${a.price}, 'interval', ${a.interval},
        'raises', CASE WHEN ${a.raises_limit} IS NULL THEN NULL ELSE json_build_object('limit', ${a.raises_limit}, 'amount', ${a.raises_amount}) END
      ) ORDER BY ${a.price}, ${a.id})
      FROM ${a} WHERE ${a.platform_id} = pl.id
    ), '[]'::json) AS add_ons
  FROM platform pl`

type PricingRow = ScopeRow & { tiers: PricingTier[]; add_ons: PricingAddOn[] }

export async function platformPricing(
  payload: Payload,
  scope: ContentScope,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PlatformPricing | ScopeFailure> {
  const [row] = await queryPrepared<PricingRow>(payload, 'platform_pricing', PRICING_SQL, [
    ...scopeParams({ ...scope, vendorSlug: undefined }),
    locale,
  ])
  const resolved = decodeScope(scope, row)
  if ('status' in resolved) return resolved
  return {
    platform: { code: resolved.platform.code, name: resolved.platform.name },
    currency: 'EUR',
    tiers: row.tiers,
    addOns: row.add_ons,
  }
}

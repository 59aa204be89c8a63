import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import * as tables from '../db/tables'

/**
 * Where a content request comes from. The platform is the first that matches of: an explicit code,
 * the Host header against platform domains, the `/platforms/<code>` path prefix.
 */
export type ContentScope = {
  platformCode?: string
  host?: string
  prefixCode?: string
  vendorSlug?: string
}

export type ContentSource = 'vendor_override' | 'vendor_default' | 'platform'

/** The rank a scoped query gives each tier, and the name the API uses for it. */
export const SOURCE_BY_RANK: Record<number, ContentSource> = {
  1: 'vendor_override',
  2: 'vendor_default',
  3: 'platform',
}

export type ScopeFailure =
  { status: 'unknown_platform'; message: string } | { status: 'unknown_vendor'; message: string }

export type ResolvedScope = {
  platform: { id: number; code: string; name: string }
  vendor: { id: number; slug: string; name: string } | null
}

const p = tables.platforms.as('p')
const lc = tables.contentPagesLocales.as('lc')
const d = tables.platformsDomains.as('d')
const vp = tables.vendorPlatforms.as('vp')
const v = tables.vendors.as('v')

/**
 * CTEs `platform` (one row at most) and `vendor` (the vendor when it is active on that platform).
 * Parameters: $1 platform code, $2 host, $3 path-prefix code, $4 vendor slug.
 */
export const SCOPE_CTES = `
  platform AS (
    SELECT ${p.id}, ${p.code}, ${p.name}
    FROM ${p}
    LEFT JOIN ${d} ON ${d._parent_id} = ${p.id} AND ${d.domain} = $2::varchar
    WHERE ${p.is_active} AND (${p.code} = $1::varchar OR ($1::varchar IS NULL AND (${d.id} IS NOT NULL OR ${p.code} = $3::varchar)))
    ORDER BY (${p.code} = $1::varchar) IS TRUE DESC, ${d.id} IS NOT NULL DESC
    LIMIT 1
  ),
  requested_vendor AS (
    SELECT ${v.id}, ${v.slug}, ${v.name},
      EXISTS (
        SELECT 1 FROM ${vp}
        WHERE ${vp.vendor_id} = ${v.id} AND ${vp.platform_id} = (SELECT id FROM platform) AND ${vp.is_active}
      ) AS on_platform
    FROM ${v}
    WHERE ${v.slug} = $4::varchar
  ),
  vendor AS (SELECT id, slug, name FROM requested_vendor WHERE on_platform)`

/**
 * Whether the page row aliased `page` has content in a language: a row of its own in the requested locale (`$locale`)
 * or in the fallback locale (`$fallback`) with a title or a body. A tier serves a locale only when this holds, so
 * an override written in one language never blanks the others: they go on to the next tier.
 */
export const hasLocaleContent = (page: string, locale: string, fallback: string) => `EXISTS (
  SELECT 1 FROM ${lc}
  WHERE ${lc._parent_id} = ${page}.id AND ${lc._locale} IN (${locale}::${tables.locales}, ${fallback}::${tables.locales})
    AND (${lc.title} <> '' OR ${lc.content} IS NOT NULL))`

/** Columns every scoped query selects first, decoded by `decodeScope`. */
export const SCOPE_COLUMNS = `
  pl.id AS platform_id, pl.code AS platform_code, pl.name AS platform_name,
  v.id AS vendor_id, v.slug AS vendor_slug, v.name AS vendor_name`

export const scopeParams = (scope: ContentScope) => [
  scope.platformCode ?? null,
  scope.host ?? null,
  scope.prefixCode ?? null,
  scope.vendorSlug ?? null,
]

/** The SCOPE_COLUMNS of a row; platform_id is null-safe because no row at all means no platform. */
export type ScopeRow = {
  platform_id: number
  platform_code: string
  platform_name: string
  vendor_id: number | null
  vendor_slug: string
  vendor_name: string
}

export function decodeScope(scope: ContentScope, row: ScopeRow | undefined): ResolvedScope | ScopeFailure {
  if (!row?.platform_id) {
    const message = scope.platformCode
      ? `Unknown platform "${scope.platformCode}".`
      : `No platform serves host "${scope.host ?? ''}". Pass ?platform=CODE or use the /platforms/<code> path prefix.`
    return { status: 'unknown_platform', message }
  }
  const platform = { id: row.platform_id, code: row.platform_code, name: row.platform_name }
  if (scope.vendorSlug && !row.vendor_id) {
    return { status: 'unknown_vendor', message: `Unknown vendor "${scope.vendorSlug}" on platform "${platform.code}".` }
  }
  const vendor = row.vendor_id ? { id: row.vendor_id, slug: row.vendor_slug, name: row.vendor_name } : null
  return { platform, vendor }
}

/** Runs a named (server-side prepared) statement on the adapter's pool: one round trip, planned once per connection. */
export async function queryPrepared<Row>(
  payload: Payload,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const { pool } = payload.db as unknown as PostgresAdapter
  const result = await pool.query({ name, text, values })
  return result.rows as Row[]
}

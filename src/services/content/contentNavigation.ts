import type { Payload } from 'payload'

import * as tables from '../db/tables'
import { DEFAULT_LOCALE, type Locale } from '../locales'

import {
  type ContentScope,
  type ContentSource,
  decodeScope,
  hasLocaleContent,
  queryPrepared,
  type ResolvedScope,
  SCOPE_COLUMNS,
  SCOPE_CTES,
  type ScopeFailure,
  type ScopeRow,
  scopeParams,
  SOURCE_BY_RANK,
} from './contentScope'

export type NavigationItem = { slug: string; title: string | null; sortOrder: number; source: ContentSource }

export type Navigation = {
  status: 'found'
  platform: { code: string; name: string }
  vendor: { slug: string; name: string } | null
  locale: Locale
  header: NavigationItem[]
  footer: NavigationItem[]
}

const cp = tables.contentPages.as('cp')
const loc = tables.contentPagesLocales.as('loc')
const def = tables.contentPagesLocales.as('def')

/*
 * With a vendor: its published overrides replace the platform's vendor defaults slug by slug, in each locale only
 * where they have content in it (as in resolveContentPage). Without: the platform's published marketing pages.
 * Then only pages flagged for header or footer.
 */
const NAVIGATION_SQL = `
WITH ${SCOPE_CTES},
  candidates AS (
    SELECT ${cp.id}, ${cp.slug}, ${cp.sort_order}, ${cp.show_in_header}, ${cp.show_in_footer}, 1 AS rank
    FROM ${cp}
    WHERE ${cp.platform_id} = (SELECT id FROM platform) AND ${cp.vendor_id} = (SELECT id FROM vendor)
      AND ${cp._status} = 'published' AND ${hasLocaleContent('cp', '$5', '$6')}
    UNION ALL
    SELECT ${cp.id}, ${cp.slug}, ${cp.sort_order}, ${cp.show_in_header}, ${cp.show_in_footer},
           CASE WHEN ${cp.is_platform_page} THEN 3 ELSE 2 END
    FROM ${cp}
    WHERE ${cp.platform_id} = (SELECT id FROM platform) AND ${cp.vendor_id} IS NULL AND ${cp._status} = 'published'
      AND ${cp.is_platform_page} = NOT EXISTS (SELECT 1 FROM vendor) AND ${hasLocaleContent('cp', '$5', '$6')}
  ),
  resolved AS (SELECT DISTINCT ON (slug) * FROM candidates ORDER BY slug, rank)
SELECT ${SCOPE_COLUMNS},
  r.slug, r.sort_order::float8 AS sort_order, r.show_in_header, r.show_in_footer, r.rank,
  COALESCE(${loc.title}, ${def.title}) AS title
FROM platform pl
LEFT JOIN vendor v ON true
LEFT JOIN resolved r ON (r.show_in_header OR r.show_in_footer) AND ($4::varchar IS NULL OR v.id IS NOT NULL)
LEFT JOIN ${loc} ON ${loc._parent_id} = r.id AND ${loc._locale} = $5::${tables.locales}
LEFT JOIN ${def} ON ${def._parent_id} = r.id AND ${def._locale} = $6::${tables.locales}
ORDER BY r.sort_order, r.slug`

type Row = ScopeRow & {
  slug: string | null
  sort_order: number | null
  show_in_header: boolean
  show_in_footer: boolean
  rank: number
  title: string | null
}

/** The header and footer links of a platform site or a vendor storefront, in one query. */
export async function contentNavigation(
  payload: Payload,
  input: ContentScope & { locale?: Locale },
): Promise<(Navigation & { scope: ResolvedScope }) | ScopeFailure> {
  const locale = input.locale ?? DEFAULT_LOCALE
  const rows = await queryPrepared<Row>(payload, 'content_navigation', NAVIGATION_SQL, [
    ...scopeParams(input),
    locale,
    DEFAULT_LOCALE,
  ])
  const scope = decodeScope(input, rows[0])
  if ('status' in scope) return scope
  const items = rows.filter((row) => row.slug !== null)
  const item = (row: Row): NavigationItem => ({
    slug: row.slug!,
    title: row.title,
    sortOrder: row.sort_order ?? 0,
    source: SOURCE_BY_RANK[row.rank],
  })
  return {
    status: 'found',
    platform: { code: scope.platform.code, name: scope.platform.name },
    vendor: scope.vendor ? { slug: scope.vendor.slug, name: scope.vendor.name } : null,
    locale,
    header: items.filter((row) => row.show_in_header).map(item),
    footer: items.filter((row) => row.show_in_footer).map(item),
    scope,
  }
}

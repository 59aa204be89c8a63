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

export type ResolvedPage = {
  id: number
  slug: string
  title: string | null
  content: unknown
  meta: { title: string | null; description: string | null }
  template: string | null
  showInHeader: boolean
  showInFooter: boolean
  sortOrder: number
  isPlatformPage: boolean
  locale: Locale
  platform: { code: string; name: string }
  vendor: { slug: string; name: string } | null
  updatedAt: string
}

export type ResolveResult =
  | { status: 'found'; source: ContentSource; page: ResolvedPage; scope: ResolvedScope }
  | ScopeFailure
  | { status: 'not_found'; message: string }

const cp = tables.contentPages.as('cp')
const loc = tables.contentPagesLocales.as('loc')
const def = tables.contentPagesLocales.as('def')

/*
 * One round trip: platform and vendor lookups as CTEs, then the three tiers as index probes on
 * (platform_id, slug, vendor_id, is_platform_page), ranked, first wins. Published rows only: with drafts,
 * the collection table holds the last published version. A tier takes part only with content in the locale or
 * the fallback locale (hasLocaleContent); localized fields then fall back per field within that tier's page.
 */
const RESOLVE_SQL = `
WITH ${SCOPE_CTES},
  page AS (
    SELECT * FROM (
      SELECT ${cp.id}, ${cp.slug}, ${cp.template}, ${cp.show_in_header}, ${cp.show_in_footer}, ${cp.sort_order},
             ${cp.is_platform_page}, ${cp.updated_at}, 1 AS rank
      FROM ${cp}
      WHERE ${cp.platform_id} = (SELECT id FROM platform) AND ${cp.slug} = $5::varchar
        AND ${cp.vendor_id} = (SELECT id FROM vendor) AND ${cp._status} = 'published'
        AND ${hasLocaleContent('cp', '$6', '$7')}
      UNION ALL
      SELECT ${cp.id}, ${cp.slug}, ${cp.template}, ${cp.show_in_header}, ${cp.show_in_footer}, ${cp.sort_order},
             ${cp.is_platform_page}, ${cp.updated_at}, CASE WHEN ${cp.is_platform_page} THEN 3 ELSE 2 END
      FROM ${cp}
      WHERE ${cp.platform_id} = (SELECT id FROM platform) AND ${cp.slug} = $5::varchar
        AND ${cp.vendor_id} IS NULL AND ${cp._status} = 'published'
        AND (${cp.is_platform_page} OR EXISTS (SELECT 1 FROM vendor))
        AND ${hasLocaleContent('cp', '$6', '$7')}
    ) tiers
    ORDER BY rank
    LIMIT 1
  )
SELECT ${SCOPE_COLUMNS},
  pg.id, pg.slug, pg.template, pg.show_in_header, pg.show_in_footer, pg.sort_order::float8 AS sort_order,
  pg.is_platform_page, pg.updated_at, pg.rank,
  COALESCE(${loc.title}, ${def.title}) AS title,
  COALESCE(${loc.content}, ${def.content}) AS content,
  COALESCE(${loc.meta_title}, ${def.meta_title}) AS meta_title,
  COALESCE(${loc.meta_description}, ${def.meta_description}) AS meta_description
FROM platform pl
LEFT JOIN vendor v ON true
LEFT JOIN page pg ON $4::varchar IS NULL OR v.id IS NOT NULL
LEFT JOIN ${loc} ON ${loc._parent_id} = pg.id AND ${loc._locale} = $6::${tables.locales}
LEFT JOIN ${def} ON ${def._parent_id} = pg.id AND ${def._locale} = $7::${tables.locales}`

type Row = ScopeRow & {
  id: number | null
  slug: string
  template: string | null
  show_in_header: boolean
  show_in_footer: boolean
  sort_order: number | null
  is_platform_page: boolean
  updated_at: Date
  rank: number
  title: string | null
  content: unknown
  meta_title: string | null
  meta_description: string | null
}

export type ResolveInput = ContentScope & { slug: string; locale?: Locale }

/** Resolves the page served for (platform, vendor?, slug, locale) through the three content tiers. */
export async function resolveContentPage(payload: Payload, input: ResolveInput): Promise<ResolveResult> {
  const locale = input.locale ?? DEFAULT_LOCALE
  const [row] = await queryPrepared<Row>(payload, 'resolve_content_page', RESOLVE_SQL, [
    ...scopeParams(input),
    input.slug,
    locale,
    DEFAULT_LOCALE,
  ])
  const scope = decodeScope(input, row)
  if ('status' in scope) return scope
  if (!row?.id) {
    const where = scope.vendor ? `vendor "${scope.vendor.slug}" on ` : ''
    return {
      status: 'not_found',
      message: `No published page "${input.slug}" for ${where}platform "${scope.platform.code}".`,
    }
  }
  return { status: 'found', source: SOURCE_BY_RANK[row.rank], page: toPage(row, scope, locale), scope }
}

function toPage(row: Row, scope: ResolvedScope, locale: Locale): ResolvedPage {
  return {
    id: row.id!,
    slug: row.slug,
    title: row.title,
    content: row.content,
    meta: { title: row.meta_title, description: row.meta_description },
    template: row.template,
    showInHeader: row.show_in_header,
    showInFooter: row.show_in_footer,
    sortOrder: row.sort_order ?? 0,
    isPlatformPage: row.is_platform_page,
    locale,
    platform: { code: scope.platform.code, name: scope.platform.name },
    vendor: row.rank === 1 && scope.vendor ? { slug: scope.vendor.slug, name: scope.vendor.name } : null,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import * as tables from '../db/tables'
import { runSql } from '../transactions'

/*
 * Counts of what a vendor has on a platform, for its limits, each in one query in `req`'s transaction. The platform's
 * default pages are its vendor pages without a vendor; a vendor's page whose slug is none of theirs is a custom page.
 */

const pages = tables.contentPages

export type VendorPages = {
  /** The vendor's pages on the platform, the page `exceptPageId` left out. */
  overrides: number
  /** Those whose slug is not a default page's. */
  customPages: number
  isDefaultSlug: boolean
  /** The platform's default page slugs, in order. */
  defaultSlugs: string[]
}

/** The vendor's pages on the platform as the CMS limits count them, and whether `slug` is a default page's. */
export async function countVendorPages(
  req: PayloadRequest,
  { platformId, vendorId, slug, exceptPageId }: { platformId: number; vendorId: number; slug: string; exceptPageId?: number },
): Promise<VendorPages> {
  const result = await runSql(req, sql`
    WITH defaults AS (
      SELECT DISTINCT ${pages.slug} FROM ${pages}
      WHERE ${pages.platform_id} = ${platformId} AND ${pages.vendor_id} IS NULL AND ${pages.is_platform_page} = false AND ${pages.slug} IS NOT NULL
    ), own AS (
      SELECT ${pages.slug} FROM ${pages}
      WHERE ${pages.platform_id} = ${platformId} AND ${pages.vendor_id} = ${vendorId} AND ${pages.id} <> ${exceptPageId ?? -1}
    )
    SELECT
      (SELECT count(*) FROM own)::int AS overrides,
      (SELECT count(*) FROM own WHERE slug NOT IN (SELECT slug FROM defaults))::int AS custom_pages,
      EXISTS (SELECT 1 FROM defaults WHERE slug = ${slug}) AS is_default_slug,
      COALESCE((SELECT array_agg(slug ORDER BY slug) FROM defaults), '{}') AS default_slugs
  `)
  const row = result.rows[0] as { overrides: number; custom_pages: number; is_default_slug: boolean; default_slugs: string[] }
  return { overrides: row.overrides, customPages: row.custom_pages, isDefaultSlug: row.is_default_slug, defaultSlugs: row.default_slugs }
}

export type VendorRowCounts = { products: number; ordersThisMonth: number; teamMembers: number; cmsPages: number; cmsCustomPages: number }

/** What the vendor has of each limited thing on the platform, for the usage display: one query. */
export async function countVendorRows(req: PayloadRequest, vendorId: number, platformId: number): Promise<VendorRowCounts> {
  const { products, orders, usersRels } = tables
  const result = await runSql(req, sql`
    WITH defaults AS (
      SELECT ${pages.slug} FROM ${pages} WHERE ${pages.platform_id} = ${platformId} AND ${pages.vendor_id} IS NULL AND ${pages.is_platform_page} = false
    )
    SELECT
      (SELECT count(*) FROM ${products} WHERE ${products.vendor_id} = ${vendorId} AND ${products.platform_id} = ${platformId})::int AS products,
      (SELECT count(*) FROM ${orders} WHERE ${orders.vendor_id} = ${vendorId} AND ${orders.platform_id} = ${platformId}
         AND ${orders.placed_at} >= date_trunc('month', now()))::int AS orders_this_month,
      (SELECT count(DISTINCT ${usersRels.parent_id}) FROM ${usersRels} WHERE ${usersRels.path} = ${tables.vendorsPath} AND ${usersRels.vendors_id} = ${vendorId})::int AS team_members,
      (SELECT count(*) FROM ${pages} WHERE ${pages.vendor_id} = ${vendorId} AND ${pages.platform_id} = ${platformId})::int AS cms_pages,
      (SELECT count(*) FROM ${pages} WHERE ${pages.vendor_id} = ${vendorId} AND ${pages.platform_id} = ${platformId}
         AND ${pages.slug} NOT IN (SELECT slug FROM defaults))::int AS cms_custom_pages`)
  const row = result.rows[0] as Record<string, number>
  return {
    products: row.products,
    ordersThisMonth: row.orders_this_month,
    teamMembers: row.team_members,
    cmsPages: row.cms_pages,
    cmsCustomPages: row.cms_custom_pages,
  }
}

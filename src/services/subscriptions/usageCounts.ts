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
  /** The vendor's pages on the platform, the page `exceptPageId` left out (cmsPages). */
  pages: number
  /** Those whose slug is not a default page's (cmsCustomPages). */
  customPages: number
  /** The platform's default page slugs, in order. */
  defaultSlugs: string[]
}

/**
 * The vendor's pages on the platform: the one counter behind both the CMS limits on a page write (which leaves out
 * `exceptPageId`, the page being saved) and the usage shown.
 */
export async function countVendorPages(
  req: PayloadRequest,
  { platformId, vendorId, exceptPageId }: { platformId: number; vendorId: number; exceptPageId?: number },
): Promise<VendorPages> {
  const result = await runSql(
    req,
    sql`
    WITH defaults AS (
      SELECT DISTINCT ${pages.slug} FROM ${pages}
      WHERE ${pages.platform_id} = ${platformId} AND ${pages.vendor_id} IS NULL AND ${pages.is_platform_page} = false AND ${pages.slug} IS NOT NULL
    ), own AS (
      SELECT ${pages.slug} FROM ${pages}
      WHERE ${pages.platform_id} = ${platformId} AND ${pages.vendor_id} = ${vendorId} AND ${pages.id} <> ${exceptPageId ?? -1}
    )
    SELECT
      (SELECT count(*) FROM own)::int AS pages,
      (SELECT count(*) FROM own WHERE slug NOT IN (SELECT slug FROM defaults))::int AS custom_pages,
      COALESCE((SELECT array_agg(slug ORDER BY slug) FROM defaults), '{}') AS default_slugs
  `,
  )
  const row = result.rows[0] as { pages: number; custom_pages: number; default_slugs: string[] }
  return { pages: row.pages, customPages: row.custom_pages, defaultSlugs: row.default_slugs }
}

export type VendorRowCounts = { products: number; ordersThisMonth: number; teamMembers: number }

/** The vendor's products, orders this month and team members, for the usage display: one query. */
export async function countVendorRows(
  req: PayloadRequest,
  vendorId: number,
  platformId: number,
): Promise<VendorRowCounts> {
  const { products, orders, usersRels } = tables
  const result = await runSql(
    req,
    sql`
    SELECT
      (SELECT count(*) FROM ${products} WHERE ${products.vendor_id} = ${vendorId} AND ${products.platform_id} = ${platformId})::int AS products,
      (SELECT count(*) FROM ${orders} WHERE ${orders.vendor_id} = ${vendorId} AND ${orders.platform_id} = ${platformId}
         AND ${orders.placed_at} >= date_trunc('month', now()))::int AS orders_this_month,
      (SELECT count(DISTINCT ${usersRels.parent_id}) FROM ${usersRels} WHERE ${usersRels.path} = ${tables.vendorsPath} AND ${usersRels.vendors_id} = ${vendorId})::int AS team_members`,
  )
  const row = result.rows[0] as Record<string, number>
  return {
    products: row.products,
    ordersThisMonth: row.orders_this_month,
    teamMembers: row.team_members,
  }
}

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '../transactions'

export type VendorPageUsage = {
  /** The vendor's pages on the platform, against `cmsPages`. */
  pages: number
  /** Those whose slug is none of the platform's default pages, against `cmsCustomPages`. */
  customPages: number
  /** The slugs of the platform's default pages (pages of no vendor that are not the platform's own), sorted. */
  defaultSlugs: string[]
}

/**
 * What a vendor's pages on a platform count against its plan, in one query: the one counter behind both the limit
 * checks on a page write (which leaves out `exceptPageId`, the page being saved) and the usage shown.
 */
export async function vendorPageUsage(req: PayloadRequest, vendorId: number, platformId: number, exceptPageId?: number): Promise<VendorPageUsage> {
  const db = await transactionDb(req)
  const result = await db.execute(sql`
    WITH defaults AS (
      SELECT DISTINCT slug FROM content_pages
      WHERE platform_id = ${platformId} AND vendor_id IS NULL AND is_platform_page = false AND slug IS NOT NULL
    ), own AS (
      SELECT slug FROM content_pages
      WHERE platform_id = ${platformId} AND vendor_id = ${vendorId} AND id <> ${exceptPageId ?? -1}
    )
    SELECT
      (SELECT count(*) FROM own)::int AS pages,
      (SELECT count(*) FROM own WHERE slug NOT IN (SELECT slug FROM defaults))::int AS custom_pages,
      COALESCE((SELECT array_agg(slug ORDER BY slug) FROM defaults), '{}') AS default_slugs
  `)
  const row = result.rows[0] as { pages: number; custom_pages: number; default_slugs: string[] }
  return { pages: row.pages, customPages: row.custom_pages, defaultSlugs: row.default_slugs }
}

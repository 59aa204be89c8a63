import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { Platform } from '@/payload-types'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/services/locales'
import { runSql } from '@/services/transactions'

import { vendorOwnerContactsSql } from './ownerContactsSql'

export type OwnerContact = { userId: number; email: string; locale: Locale }

/**
 * Where a vendor's billing mail goes: its first owner, in the language they chose in the admin, else the language
 * they signed up in, else English (vendorOwnerContactsSql, the one statement of this rule). Null when the vendor has
 * no owner.
 */
export async function vendorOwnerContact(req: PayloadRequest, vendorId: number): Promise<OwnerContact | null> {
  const result = await runSql(req, vendorOwnerContactsSql(sql`ARRAY[${vendorId}]::integer[]`))
  const row = result.rows[0] as { user_id: number; email: string; locale: string } | undefined
  if (!row) return null
  return { userId: row.user_id, email: row.email, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE }
}

/** A page of the admin (`/admin/...`), for links in mails sent without a request (jobs): SERVER_URL, else the platform's first domain. */
export function adminPageUrl(platform: Pick<Platform, 'domains'>, path: string): string {
  const configured = process.env.SERVER_URL?.trim().replace(/\/+$/, '')
  const domain = platform.domains?.[0]?.domain
  const base = configured || (domain ? `https://${domain}` : 'http://localhost:3000')
  return `${base}${path}`
}

/** The admin's billing page, for links in mails sent without a request (jobs). */
export const billingPageUrl = (platform: Pick<Platform, 'domains'>): string => adminPageUrl(platform, '/admin/billing')

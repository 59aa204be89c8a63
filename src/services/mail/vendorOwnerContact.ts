import type { PayloadRequest } from 'payload'

import type { Platform } from '@/payload-types'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/services/locales'

/** The payload-preferences key under which the admin keeps a user's language (AdminLanguagePreference). */
const LANGUAGE_PREFERENCE = 'admin-language'

export type OwnerContact = { userId: number; email: string; locale: Locale }

/**
 * Where a vendor's billing mail goes: its first owner, in the language they chose in the admin, else the language
 * they signed up in, else English. Null when the vendor has no owner.
 */
export async function vendorOwnerContact(req: PayloadRequest, vendorId: number): Promise<OwnerContact | null> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'vendor-owner' } }, { vendors: { contains: vendorId } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const owner = docs[0]
  if (!owner) return null
  return { userId: owner.id, email: owner.email, locale: await userLocale(req, owner.id) }
}

async function userLocale(req: PayloadRequest, userId: number): Promise<Locale> {
  const preference = await req.payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: LANGUAGE_PREFERENCE } },
        { 'user.relationTo': { equals: 'users' } },
        { 'user.value': { equals: userId } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const chosen = preference.docs[0]?.value
  if (isLocale(chosen)) return chosen
  const signup = await req.payload.find({
    collection: 'signup-sessions',
    where: { completedUser: { equals: userId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const signedUpIn = signup.docs[0]?.locale
  return isLocale(signedUpIn) ? signedUpIn : DEFAULT_LOCALE
}

/** The admin's billing page, for links in mails sent without a request (jobs): SERVER_URL, else the platform's first domain. */
export function billingPageUrl(platform: Pick<Platform, 'domains'>): string {
  const configured = process.env.SERVER_URL?.trim().replace(/\/+$/, '')
  const domain = platform.domains?.[0]?.domain
  const base = configured || (domain ? `https://${domain}` : 'http://localhost:3000')
  return `${base}/admin/billing`
}

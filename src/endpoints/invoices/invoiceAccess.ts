import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import type { Invoice, Platform, Vendor } from '@/payload-types'
import { oms } from '@/platforms/oms'
import { requireFeature } from '@/services/features'
import { lockInvoiceRow, readLockedInvoice } from '@/services/invoices/invoiceRows'
import { relationId } from '@/utilities/relationId'
import { hasRole, isVendorUser, userVendorIds } from '@/utilities/roles'

import { parseQuery, perLanguage, slugParam } from '../validation'

export type InvoiceVendor = { vendor: Vendor; platform: Platform }

export const vendorQuery = perLanguage((req: MessageSource) => z.object({ vendor: slugParam(req, 'vendor').optional() }))

/** 401 signed out. */
export function signedIn(req: PayloadRequest) {
  if (!req.user) throw new APIError(t(req, 'invoiceSignIn'), 401, null, true)
  return req.user
}

/**
 * The vendor an invoicing request without an invoice id is about: the signed-in vendor user's vendor (or
 * `?vendor=SLUG`, one of theirs), on OMS, whose plan includes invoicing. `ownersOnly` for changes to settings.
 */
export async function invoicingVendor(req: PayloadRequest, { ownersOnly = false, vendorSlug }: { ownersOnly?: boolean; vendorSlug?: string } = {}): Promise<InvoiceVendor> {
  const user = signedIn(req)
  if (!isVendorUser(user)) throw new APIError(t(req, 'invoiceVendorUsersOnly'), 403, null, true)
  if (ownersOnly && !hasRole(user, 'vendor-owner')) throw new APIError(t(req, 'invoiceSettingsOwnersOnly'), 403, null, true)
  const query = parseQuery(req, vendorQuery(req))
  const slug = vendorSlug ?? query.vendor
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: { and: [{ id: { in: userVendorIds(user) } }, ...(slug ? [{ slug: { equals: slug } }] : [])] },
    depth: 0,
    limit: 2,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) throw new APIError(t(req, slug ? 'invoiceNotYourVendor' : 'invoiceNoVendor', { vendor: slug ?? '' }), 403, null, true)
  if (docs.length > 1) throw new APIError(t(req, 'invoiceSeveralVendors'), 400, null, true)
  const vendor = docs[0]
  const platform = await omsOfVendor(req, vendor.id)
  await requireFeature(req, vendor.id, platform.id, 'invoicing')
  return { vendor, platform }
}

async function omsOfVendor(req: PayloadRequest, vendorId: number): Promise<Platform> {
  const { docs } = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { equals: vendorId } }, { 'platform.code': { equals: oms.code } }, { isActive: { equals: true } }] },
    select: { platform: true },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw new APIError(t(req, 'invoiceVendorNotOnOms', { platform: oms.code }), 403, null, true)
  return docs[0].platform as Platform
}

/** An id in the path: digits within Postgres' integer. */
export const invoiceIdSchema = z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(1).max(2147483647))

/** The invoice id of the path, else 404 (as strictInput answers ids). */
export function invoiceIdParam(req: PayloadRequest): number {
  const id = invoiceIdSchema.safeParse(String(req.routeParams?.id ?? ''))
  if (!id.success) throw new APIError(t(req, 'invoiceNotFound'), 404, null, true)
  return id.data
}

/**
 * 403 unless the user is one of the invoice's vendor's users (owner or member) or a super admin, and 403 naming the
 * feature when the vendor's plan lacks it. Platform admins are not let in: invoices carry the shops' customers' data
 * and are for the shop's own users.
 */
async function assertInvoiceUser(req: PayloadRequest, vendorId: number, platformId: number): Promise<void> {
  const user = signedIn(req)
  if (hasRole(user, 'super-admin')) return
  if (!isVendorUser(user) || !userVendorIds(user).includes(vendorId)) throw new APIError(t(req, 'invoiceNotYours'), 403, null, true)
  await requireFeature(req, vendorId, platformId, 'invoicing')
}

/** The invoice of a read on /api/vendor/invoices/:id/...: 401, 404 unknown, 403 as in assertInvoiceUser. */
export async function invoiceForUser(req: PayloadRequest): Promise<Invoice> {
  signedIn(req)
  const id = invoiceIdParam(req)
  const invoice = await req.payload.findByID({ collection: 'invoices', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!invoice) throw new APIError(t(req, 'invoiceNotFound'), 404, null, true)
  await assertInvoiceUser(req, relationId(invoice.vendor)!, relationId(invoice.platform)!)
  return invoice
}

/**
 * The invoice of a change on /api/vendor/invoices/:id/..., inside the change's transaction: its row locked first
 * (a concurrent change of it waits), then the same answers as invoiceForUser, then read once, as it is under the lock.
 */
export async function lockedInvoiceForUser(req: PayloadRequest): Promise<Invoice> {
  signedIn(req)
  const id = invoiceIdParam(req)
  const { vendorId, platformId } = await lockInvoiceRow(req, id)
  await assertInvoiceUser(req, vendorId, platformId)
  return readLockedInvoice(req, id)
}

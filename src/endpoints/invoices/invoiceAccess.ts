import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import type { MessageSource } from '@/i18n/t'
import type { Invoice, Platform, Vendor } from '@/payload-types'
import { MAX_ID } from '@/plugins/strictInput/limits'
import { Forbidden, InvalidInput, NotFound, NotSignedIn } from '@/services/errors'
import { requireFeature } from '@/services/features'
import { lockInvoiceRow, readLockedInvoice } from '@/services/invoices/invoiceRows'
import { admit, type Refusals, requestVendorPlatform } from '@/services/vendors/requestVendor'
import { relationId } from '@/utilities/relationId'
import { hasRole, isVendorUser, userVendorIds } from '@/utilities/roles'

import { parseQuery, perLanguage, slugParam } from '../validation'

export type InvoiceVendor = { vendor: Vendor; platform: Platform }

export const vendorQuery = perLanguage((req: MessageSource) =>
  z.object({ vendor: slugParam(req, 'vendor').optional() }),
)

/** The invoicing endpoints' answers when the request's vendor cannot be resolved. */
const refuse: Refusals = (refusal) => {
  switch (refusal.reason) {
    case 'signed-out':
      return new NotSignedIn('invoiceSignIn')
    case 'owners-only':
      return new Forbidden('invoiceSettingsOwnersOnly')
    case 'not-their-vendor':
      return new Forbidden('invoiceNotYourVendor', { vendor: refusal.slug })
    case 'no-vendor':
      return new Forbidden('invoiceNoVendor')
    case 'several-vendors':
      return new InvalidInput('invoiceSeveralVendors')
    case 'not-on-feature-platform':
      return new Forbidden('invoiceVendorNotOnOms', { platform: refusal.platforms.join(', ') })
    default:
      return new Forbidden('invoiceVendorUsersOnly')
  }
}

/** 401 signed out. */
export function signedIn(req: PayloadRequest) {
  if (!req.user) throw refuse({ reason: 'signed-out' })
  return req.user
}

/**
 * The vendor an invoicing request without an invoice id is about (requestVendor's rule, for the vendor's own users):
 * the signed-in vendor user's vendor (or `?vendor=SLUG`, one of theirs), on the platform where invoicing lives, whose
 * plan includes invoicing. `ownersOnly` for changes to settings.
 */
export async function invoicingVendor(
  req: PayloadRequest,
  { ownersOnly = false, vendorSlug }: { ownersOnly?: boolean; vendorSlug?: string } = {},
): Promise<InvoiceVendor> {
  const need = ownersOnly ? 'change' : 'read'
  admit(req.user, { need, admins: false }, refuse)
  const query = parseQuery(req, vendorQuery(req))
  const { vendor, platform } = await requestVendorPlatform(
    req,
    { need, admins: false, vendorSlug: vendorSlug ?? query.vendor, platform: { feature: 'invoicing' } },
    refuse,
  )
  return { vendor, platform }
}

/** An id in the path: digits within Postgres' integer. */
export const invoiceIdSchema = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_ID))

/** The invoice id of the path, else 404 (as strictInput answers ids). */
export function invoiceIdParam(req: PayloadRequest): number {
  const id = invoiceIdSchema.safeParse(String(req.routeParams?.id ?? ''))
  if (!id.success) throw new NotFound('invoiceNotFound')
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
  if (!isVendorUser(user) || !userVendorIds(user).includes(vendorId)) throw new Forbidden('invoiceNotYours')
  await requireFeature(req, vendorId, platformId, 'invoicing')
}

/** The invoice of a read on /api/vendor/invoices/:id/...: 401, 404 unknown, 403 as in assertInvoiceUser. */
export async function invoiceForUser(req: PayloadRequest): Promise<Invoice> {
  signedIn(req)
  const id = invoiceIdParam(req)
  const invoice = await req.payload.findByID({
    collection: 'invoices',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!invoice) throw new NotFound('invoiceNotFound')
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

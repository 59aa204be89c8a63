import { type PayloadRequest, ValidationError, type Where } from 'payload'

import type { Vendor } from '@/payload-types'
import { transactionLock } from '@/services/db/locks'
import { Conflict, InvalidInput, NotFound } from '@/services/errors'

import type { LetzshopVendor } from './queries'
import { forRequest } from './requestErrors'
import { parseVendorReference } from './vendorReference'
import { lookupVendor } from './vendors'

/** The slug a reference (slug or shop URL) names; 400 with a message saying what to paste when it is neither. */
export function letzshopSlugOf(req: PayloadRequest, reference: string): string {
  const slug = parseVendorReference(reference)
  if (!slug) throw new InvalidInput('letzshopBadReference')
  return slug
}

/** The Letzshop shop with this slug; 404 when there is none, 502/504 when Letzshop is down or slow. */
export async function findLetzshopShop(req: PayloadRequest, slug: string): Promise<LetzshopVendor> {
  const shop = await forRequest(req, () => lookupVendor(slug))
  if (!shop) throw new NotFound('letzshopShopNotFound', { slug })
  return shop
}

/** Which of these Letzshop shops a vendor has claimed (by Letzshop id, or by slug for records that only have a slug). */
export async function claimedShopIds(
  req: PayloadRequest,
  shops: LetzshopVendor[],
  exceptVendorId?: number,
): Promise<Set<string>> {
  if (shops.length === 0) return new Set()
  const claimedBy: Where = {
    or: [
      { letzshopVendorId: { in: shops.map((shop) => shop.id) } },
      { letzshopSlug: { in: shops.map((shop) => shop.slug) } },
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: exceptVendorId === undefined ? claimedBy : { and: [claimedBy, { id: { not_equals: exceptVendorId } }] },
    select: { letzshopVendorId: true, letzshopSlug: true },
    depth: 0,
    limit: shops.length * 2,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(
    shops
      .filter((shop) => docs.some((doc) => doc.letzshopVendorId === shop.id || doc.letzshopSlug === shop.slug))
      .map((shop) => shop.id),
  )
}

const isClaimConflict = (error: unknown) =>
  error instanceof ValidationError &&
  error.data.errors.some((field) => field.path === 'letzshopVendorId' || field.path === 'letzshopSlug')

/**
 * Serialises claims of one Letzshop shop (a signup's reservation, a vendor's claim) until `req`'s transaction ends,
 * then whether a live signup session other than `exceptSession` holds it: the signup that reserved it completes with it.
 */
export async function lockShopAndFindReservation(
  req: PayloadRequest,
  shopId: string,
  exceptSession?: number,
): Promise<boolean> {
  await transactionLock(req, 'signup-shop', shopId)
  const reserved = await req.payload.count({
    collection: 'signup-sessions',
    where: {
      and: [
        { letzshopVendorId: { equals: shopId } },
        ...(exceptSession === undefined ? [] : [{ id: { not_equals: exceptSession } }]),
        { completedVendor: { exists: false } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return reserved.totalDocs > 0
}

/**
 * Links a vendor to its Letzshop shop: sets letzshopVendorId, letzshopSlug and letzshopClaimedAt inside the
 * caller's transaction (the one `req` carries, if any). A shop has at most one owner: the unique index on
 * letzshopVendorId decides between two claims racing for one shop, and the loser gets a 409; a shop reserved by a live
 * signup is answered 409 as well. Claiming the shop the vendor already has is a no-op; a vendor linked to another shop
 * gets a 409. `reference` is a slug or URL (looked up at Letzshop here) or the shop already looked up, which a caller
 * with a transaction passes so that Letzshop is not called while it is open.
 */
export async function claimLetzshopShop(
  req: PayloadRequest,
  vendorId: number,
  reference: string | LetzshopVendor,
): Promise<{ vendor: Vendor; shop: LetzshopVendor }> {
  const shop = typeof reference === 'string' ? await findLetzshopShop(req, letzshopSlugOf(req, reference)) : reference
  const vendor = await req.payload.findByID({
    collection: 'vendors',
    id: vendorId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (vendor.letzshopVendorId === shop.id) return { vendor, shop }
  // Older records name their shop by slug only: they too are linked already.
  if (vendor.letzshopVendorId || (vendor.letzshopSlug && vendor.letzshopSlug !== shop.slug))
    throw new Conflict('letzshopVendorHasShop', { slug: (vendor.letzshopSlug || vendor.letzshopVendorId)! })
  if ((await lockShopAndFindReservation(req, shop.id)) || (await claimedShopIds(req, [shop], vendorId)).size > 0)
    throw new Conflict('letzshopShopClaimed')

  try {
    const updated = await req.payload.update({
      collection: 'vendors',
      id: vendorId,
      data: { letzshopVendorId: shop.id, letzshopSlug: shop.slug, letzshopClaimedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      context: { letzshopClaim: true },
      req,
    })
    return { vendor: updated, shop }
  } catch (error) {
    if (isClaimConflict(error)) throw new Conflict('letzshopShopClaimed')
    throw error
  }
}

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
  shops: ShopRef[],
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

/** A Letzshop shop as far as claims go: its Letzshop id and slug. */
export type ShopRef = Pick<LetzshopVendor, 'id' | 'slug'>

/** Who has a shop: a vendor (for good), or a live signup holding it until `until` (src/services/signup/shopHold.ts). */
export type ShopTaken = { by: 'vendor' } | { by: 'signup'; until: string }

/**
 * Who has each of these shops, by Letzshop id: a vendor other than `exceptVendor` that owns it, or else a live signup
 * session other than `exceptSession` that holds it (not completed, its hold not lapsed; the latest hold). Read as it
 * is: callers that act on the answer call lockShopAndFindTaker.
 */
export async function shopTakers(
  req: PayloadRequest,
  shops: ShopRef[],
  options: { exceptSession?: number; exceptVendor?: number } = {},
): Promise<Map<string, ShopTaken>> {
  const takers = new Map<string, ShopTaken>()
  if (shops.length === 0) return takers
  const now = new Date().toISOString()
  const [owned, { docs }] = await Promise.all([
    claimedShopIds(req, shops, options.exceptVendor),
    req.payload.find({
      collection: 'signup-sessions',
      where: {
        and: [
          { letzshopVendorId: { in: shops.map((shop) => shop.id) } },
          ...(options.exceptSession === undefined ? [] : [{ id: { not_equals: options.exceptSession } }]),
          // completedAt, not completedVendor: a completed session whose vendor was deleted holds nothing.
          { completedAt: { exists: false } },
          { expiresAt: { greater_than: now } },
          { shopHeldUntil: { greater_than: now } },
        ],
      },
      sort: 'shopHeldUntil',
      select: { letzshopVendorId: true, shopHeldUntil: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
  ])
  for (const doc of docs) takers.set(doc.letzshopVendorId!, { by: 'signup', until: doc.shopHeldUntil! })
  for (const id of owned) takers.set(id, { by: 'vendor' })
  return takers
}

export const shopTaker = async (
  req: PayloadRequest,
  shop: ShopRef,
  options: { exceptSession?: number; exceptVendor?: number } = {},
): Promise<ShopTaken | null> => (await shopTakers(req, [shop], options)).get(shop.id) ?? null

/**
 * Serialises claims of one Letzshop shop (a signup's hold, a vendor's claim) until `req`'s transaction ends, then who
 * else has it (shopTaker): a signup that holds the shop completes with it.
 */
export async function lockShopAndFindTaker(
  req: PayloadRequest,
  shop: ShopRef,
  options: { exceptSession?: number; exceptVendor?: number } = {},
): Promise<ShopTaken | null> {
  await transactionLock(req, 'signup-shop', shop.id)
  return shopTaker(req, shop, options)
}

/**
 * The refusal a claim of a taken shop meets, the same for the signup's shop step, the lookup and a vendor's claim:
 * owned (for good), or being signed up right now (try again in N minutes); both with the platform's contact address
 * when it has one (`data.contact`, a mailto: link).
 */
export function shopTakenRefusal(taken: ShopTaken, contact: string | null, now = Date.now()): Conflict {
  const link = contact ? { contact: `mailto:${contact}` } : { contact: null }
  if (taken.by === 'vendor')
    return new Conflict(
      contact ? 'letzshopShopClaimedContact' : 'letzshopShopClaimed',
      { contact: contact ?? '' },
      {
        data: { shop: 'claimed', ...link },
      },
    )
  const minutes = Math.max(1, Math.ceil((new Date(taken.until).getTime() - now) / 60_000))
  return new Conflict(
    contact ? 'letzshopShopHeldContact' : 'letzshopShopHeld',
    { minutes, contact: contact ?? '' },
    {
      data: { shop: 'held', retryAfterMinutes: minutes, heldUntil: taken.until, ...link },
    },
  )
}

/**
 * Links a vendor to its Letzshop shop: sets letzshopVendorId, letzshopSlug and letzshopClaimedAt inside the
 * caller's transaction (the one `req` carries, if any). A shop has at most one owner: the unique index on
 * letzshopVendorId decides between two claims racing for one shop, and the loser gets a 409; a shop held by a live
 * signup is answered 409 as well ("try again in N minutes"). Claiming the shop the vendor already has is a no-op; a vendor linked to another shop
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
  const taken = await lockShopAndFindTaker(req, shop, { exceptVendor: vendorId })
  if (taken) throw shopTakenRefusal(taken, null)

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

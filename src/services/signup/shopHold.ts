import type { PayloadRequest } from 'payload'

import type { SignupSession } from '@/payload-types'
import { lockShopAndFindTaker, type ShopTaken } from '@/services/letzshop/claims'
import { platformContactEmail } from '@/services/platformContact'

import { sessionPlatform } from './sessionPlatform'

/**
 * A signup holds its Letzshop shop softly, for 15 minutes from its last step, until its card is confirmed; then firmly
 * (for the session's life) until completion claims it for the new vendor. Anyone can start a signup and name a shop,
 * so a hold that lasted the session's 24 hours would let anyone lock a shop's owner out; 15 minutes are enough for the
 * account and card steps, and a second claimant is told when to try again.
 */
export const SHOP_SOFT_HOLD_MS = 15 * 60 * 1000

export const softHoldUntil = (now = Date.now()): string => new Date(now + SHOP_SOFT_HOLD_MS).toISOString()

const later = (a: string | null | undefined, b: string) => (a && new Date(a) > new Date(b) ? a : b)

/**
 * Takes or prolongs `session`'s hold on its shop up to `until`, in `req`'s transaction, under the shop's lock. While
 * the session's own hold is live nobody else can have taken the shop; once it has lapsed, another signup or a vendor
 * may have: then the answer is that taker, and the hold is not taken.
 */
export async function holdSessionShop(
  req: PayloadRequest,
  session: SignupSession,
  until: string,
): Promise<{ until: string } | { taken: ShopTaken }> {
  const shop = { id: session.letzshopVendorId!, slug: session.letzshopSlug ?? '' }
  if (!session.shopHeldUntil || new Date(session.shopHeldUntil).getTime() <= Date.now()) {
    const taken = await lockShopAndFindTaker(req, shop, { exceptSession: session.id })
    if (taken) return { taken }
  }
  return { until: later(session.shopHeldUntil, until) }
}

/** The contact address of the session's platform, for the messages about a taken shop. */
export async function sessionContact(req: PayloadRequest, session: SignupSession): Promise<string | null> {
  return platformContactEmail(await sessionPlatform(req, session))
}

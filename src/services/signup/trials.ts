import type { PayloadRequest } from 'payload'

import type { SignupSession } from '@/payload-types'
import { transactionLock } from '@/services/db/locks'
import { relationId } from '@/utilities/relationId'

import { sessionPlatform } from './sessionPlatform'

/**
 * One free trial per card, VAT number and Letzshop shop, per platform: what had one there (a row of `signup-trials`,
 * kept when its vendor is deleted) signs up again without. The card is Stripe's `card.fingerprint` (the same for
 * every payment method made from one card number), the VAT number as the signup files it (checkVatNumber), the shop
 * by its Letzshop id.
 */
export type TrialUsedBy = 'shop' | 'vatNumber' | 'card'

export type TrialKeys = {
  platform: number
  cardFingerprint?: string | null
  vatNumber?: string | null
  letzshopVendorId?: string | null
}

/** The keys of `keys` that are set, each with its column, in the order the answer names them (and locks take). */
const present = (keys: TrialKeys) => {
  const all: [TrialUsedBy, 'letzshopVendorId' | 'vatNumber' | 'cardFingerprint', string | null | undefined][] = [
    ['shop', 'letzshopVendorId', keys.letzshopVendorId],
    ['vatNumber', 'vatNumber', keys.vatNumber],
    ['card', 'cardFingerprint', keys.cardFingerprint],
  ]
  return all.filter((entry): entry is [TrialUsedBy, (typeof entry)[1], string] => Boolean(entry[2]))
}

/** Which of the shop, VAT number and card already had a free trial on the platform (the first of them), or null. */
export async function trialUsedBy(
  req: PayloadRequest,
  keys: TrialKeys,
  { exceptVendor }: { exceptVendor?: number | null } = {},
): Promise<TrialUsedBy | null> {
  const set = present(keys)
  if (set.length === 0) return null
  const { docs } = await req.payload.find({
    collection: 'signup-trials',
    where: {
      and: [
        { platform: { equals: keys.platform } },
        ...(exceptVendor ? [{ vendor: { not_equals: exceptVendor } }] : []),
        { or: set.map(([, column, value]) => ({ [column]: { equals: value } })) },
      ],
    },
    select: { cardFingerprint: true, vatNumber: true, letzshopVendorId: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return set.find(([, column, value]) => docs.some((doc) => doc[column] === value))?.[0] ?? null
}

/** What a session knows before its card: its shop and VAT number. */
export const sessionTrialKeys = (session: SignupSession): TrialKeys => ({
  platform: relationId(session.platform)!,
  vatNumber: session.vatNumber,
  letzshopVendorId: session.letzshopVendorId,
})

/**
 * In `req`'s transaction: serialises the signups that would grant a trial to one of these keys until it ends (locks
 * taken in one order, so two of them never wait on each other), then says again which one had a trial already.
 */
export async function lockTrialKeys(req: PayloadRequest, keys: TrialKeys): Promise<TrialUsedBy | null> {
  for (const [, column, value] of present(keys))
    await transactionLock(req, 'signup-trial', `${keys.platform}:${column}:${value}`)
  return trialUsedBy(req, keys)
}

/** The trial granted, recorded in `req`'s transaction (after lockTrialKeys); its unique indexes are the final judge. */
export async function recordTrial(
  req: PayloadRequest,
  keys: TrialKeys & { letzshopSlug?: string | null; vendor: number; stripeSubscriptionId: string },
): Promise<void> {
  await req.payload.create({
    collection: 'signup-trials',
    data: {
      platform: keys.platform,
      vendor: keys.vendor,
      grantedAt: new Date().toISOString(),
      cardFingerprint: keys.cardFingerprint ?? null,
      vatNumber: keys.vatNumber ?? null,
      letzshopVendorId: keys.letzshopVendorId ?? null,
      letzshopSlug: keys.letzshopSlug ?? null,
      stripeSubscriptionId: keys.stripeSubscriptionId,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Before the card step: whether the session's shop or VAT number had a free trial on its platform already, and the
 * platform's name to say so.
 */
export async function sessionTrial(
  req: PayloadRequest,
  session: SignupSession,
): Promise<{ usedBy: TrialUsedBy | null; platformName: string }> {
  // A completed session's own trial is not one that "had a trial already".
  const usedBy = await trialUsedBy(req, sessionTrialKeys(session), {
    exceptVendor: relationId(session.completedVendor),
  })
  if (!usedBy) return { usedBy, platformName: '' }
  return { usedBy, platformName: (await sessionPlatform(req, session))?.name ?? '' }
}

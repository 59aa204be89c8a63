import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { SignupSession } from '@/payload-types'
import { lockRows } from '@/services/db/locks'
import { signupSessions } from '@/services/db/tables'
import { Conflict, NotFound } from '@/services/errors'

import { holdSessionShop, softHoldUntil } from './shopHold'

/** A session lives 24 hours after its last step. */
export const SIGNUP_SESSION_TTL_MS = 24 * 60 * 60 * 1000

export const newSignupToken = (): string => randomBytes(32).toString('base64url')

export const sessionExpiry = (now = Date.now()): string => new Date(now + SIGNUP_SESSION_TTL_MS).toISOString()

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** The live session with this token; 404 when unknown or expired. */
export async function findSignupSession(req: PayloadRequest, token: string): Promise<SignupSession> {
  if (TOKEN_PATTERN.test(token)) {
    const { docs } = await req.payload.find({
      collection: 'signup-sessions',
      where: { token: { equals: token } },
      depth: 0,
      limit: 1,
      pagination: false,
      showHiddenFields: true,
      overrideAccess: true,
      req,
    })
    const session = docs[0]
    if (session && new Date(session.expiresAt).getTime() > Date.now()) return session
  }
  throw new NotFound('signupSessionNotFound')
}

/**
 * Locks the session's row for the rest of the caller's transaction (`req` must carry one), then reads it: a second
 * request on the same session waits here until the first has committed, and then sees its result.
 */
export async function lockSignupSession(req: PayloadRequest, token: string): Promise<SignupSession> {
  await lockRows(req, signupSessions, signupSessions.token, token)
  return findSignupSession(req, token)
}

/**
 * Writes a step's data and renews the session (24 hours) and, unless the step sets it, the soft hold on its shop
 * (shopHold.ts). A session coming back after its hold lapsed keeps the shop when nobody took it meanwhile, and goes on
 * without it when someone did (its progress then shows no shop; the wizard offers the shop step again).
 */
export async function updateSignupSession(
  req: PayloadRequest,
  session: SignupSession,
  data: Partial<SignupSession>,
): Promise<SignupSession> {
  let hold: Partial<SignupSession> = {}
  if (session.letzshopVendorId && !('shopHeldUntil' in data) && !data.completedVendor) {
    const renewed = await holdSessionShop(req, session, softHoldUntil())
    hold =
      'until' in renewed
        ? { shopHeldUntil: renewed.until }
        : { letzshopVendorId: null, letzshopSlug: null, letzshopName: null, shopHeldUntil: null }
  }
  return req.payload.update({
    collection: 'signup-sessions',
    id: session.id,
    data: { ...data, ...hold, expiresAt: sessionExpiry() },
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
    req,
  })
}

/** 409 once the session has created its vendor: its steps can no longer change. */
export function assertOpen(req: PayloadRequest, session: SignupSession): void {
  if (session.completedVendor) throw new Conflict('signupCompleted')
}

import { createLocalReq, type Payload } from 'payload'

import type { LetzshopConnection } from '@/payload-types'
import { queueEmail } from '@/services/mail/queueEmail'
import { adminPageUrl, vendorOwnerContact } from '@/services/mail/vendorOwnerContact'
import { vendorPlan } from '@/services/subscriptions/vendorPlan'
import { relationId } from '@/utilities/relationId'

/** The admin page of the sync, linked from its mails and named in docs/letzshop.md. */
export const LETZSHOP_SYNC_PAGE = '/admin/letzshop-sync'

async function mailOwner(
  payload: Payload,
  connection: LetzshopConnection,
  mailId: string,
  vars: { reason: 'limit' | 'keyFailing'; waiting?: number },
): Promise<void> {
  const req = await createLocalReq({}, payload)
  const vendorId = relationId(connection.vendor)!
  const owner = await vendorOwnerContact(req, vendorId)
  if (!owner) return
  const [vendor, platform] = await Promise.all([
    payload.findByID({ collection: 'vendors', id: vendorId, depth: 0, overrideAccess: true }),
    payload.findByID({ collection: 'platforms', id: relationId(connection.platform)!, depth: 0, overrideAccess: true }),
  ])
  await queueEmail(req, {
    to: owner.email,
    locale: owner.locale,
    template: 'letzshopSync',
    platform: platform.code,
    mailId,
    vars: { ...vars, vendorName: vendor.name, pageUrl: adminPageUrl(platform, LETZSHOP_SYNC_PAGE) },
  })
}

/** One mail per key that stops working (the mail id names the key by when it was connected). */
export const notifyKeyFailing = (payload: Payload, connection: LetzshopConnection) =>
  mailOwner(payload, connection, `letzshopKeyFailing:${connection.id}:${connection.connectedAt}`, {
    reason: 'keyFailing',
  })

/**
 * One mail per billing period when the limit stops the import (the period: the subscription's, else the calendar
 * month); the connection remembers which period it mailed for.
 */
export async function notifyLimitReached(
  payload: Payload,
  connection: LetzshopConnection,
  waiting: number,
  now: Date,
): Promise<void> {
  const req = await createLocalReq({}, payload)
  const plan = await vendorPlan(req, relationId(connection.vendor)!, relationId(connection.platform)!)
  const period = plan?.subscription?.currentPeriodStart ?? now.toISOString().slice(0, 7)
  if (connection.limitNoticeFor === period) return
  await payload.update({
    collection: 'letzshop-connections',
    id: connection.id,
    data: { limitNoticeFor: period },
    depth: 0,
    overrideAccess: true,
  })
  await mailOwner(payload, connection, `letzshopLimit:${connection.id}:${period}`, { reason: 'limit', waiting })
}

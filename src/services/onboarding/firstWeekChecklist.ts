import type { PayloadRequest, Where } from 'payload'

import type { Vendor, VendorSubscription } from '@/payload-types'

/** The first week's steps, in the order the dashboard lists them. */
export const FIRST_WEEK_STEPS = ['claim', 'pages', 'team', 'card', 'orders'] as const
export type FirstWeekStep = (typeof FIRST_WEEK_STEPS)[number]

export type FirstWeekChecklist = {
  steps: { step: FirstWeekStep; done: boolean }[]
  /** Every step done: the dashboard no longer shows the checklist. */
  complete: boolean
}

type Args = {
  vendor: Pick<Vendor, 'id' | 'letzshopVendorId' | 'letzshopSlug' | 'letzshopClaimedAt'>
  platformId: number
  /** The vendor's subscription on the platform, if it has one. */
  subscription: Pick<VendorSubscription, 'stripeSubscriptionId' | 'status'> | null
}

/**
 * What a new shop has done of its first week, read from the data (nothing is ticked by hand): its Letzshop shop
 * claimed, a page of its own (an override of a default page or a page of its own), a team member invited, a card on
 * file (a Stripe subscription that is not failing to charge it) and a first order or a Letzshop connection.
 */
export async function firstWeekChecklist(
  req: PayloadRequest,
  { vendor, platformId, subscription }: Args,
): Promise<FirstWeekChecklist> {
  const ofVendor: Where = { and: [{ vendor: { equals: vendor.id } }, { platform: { equals: platformId } }] }
  const count = (collection: 'content-pages' | 'orders' | 'letzshop-connections') =>
    req.payload.count({ collection, where: ofVendor, overrideAccess: true, req }).then(({ totalDocs }) => totalDocs > 0)
  const [pages, orders, connected, team] = await Promise.all([
    count('content-pages'),
    count('orders'),
    count('letzshop-connections'),
    req.payload
      .count({
        collection: 'users',
        where: { and: [{ vendors: { in: [vendor.id] } }, { roles: { in: ['vendor-member'] } }] },
        overrideAccess: true,
        req,
      })
      .then(({ totalDocs }) => totalDocs > 0),
  ])
  const done: Record<FirstWeekStep, boolean> = {
    claim: Boolean(vendor.letzshopClaimedAt || vendor.letzshopVendorId || vendor.letzshopSlug),
    pages,
    team,
    card: Boolean(subscription?.stripeSubscriptionId) && subscription?.status !== 'past_due',
    orders: orders || connected,
  }
  const steps = FIRST_WEEK_STEPS.map((step) => ({ step, done: done[step] }))
  return { steps, complete: steps.every((step) => step.done) }
}

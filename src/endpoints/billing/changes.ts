import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { addAddOn, removeAddOn } from '@/services/billing/addOns'
import { cancelAtPeriodEnd, resumeSubscription } from '@/services/billing/cancellation'
import { changeTier } from '@/services/billing/changeTier'
import { confirmReplacedCard, replaceCardIntent } from '@/services/billing/paymentMethod'
import type { BillingTarget } from '@/services/billing/types'
import { oneBillingChangeAtATime } from '@/services/billing/writeLock'

import { emptyBody, jsonBody } from '../requestBody'
import { billingPeriodParam, parseInput, perLanguage } from '../validation'

import { billingContext, tierParam } from './billingContext'
import { subscriptionView } from './subscriptionView'

/**
 * Runs a billing change with no database transaction open: Stripe is never waited for inside one (a slow Stripe would
 * hold a connection and the locks of every request behind it). One change of the vendor at a time (a second one
 * meanwhile is a 409); the plan is read under that lock. Each action reads what it needs, calls Stripe with
 * idempotency keys made of the subscription's state, then writes our row from Stripe's fresh state in a short
 * transaction of its own; a plan change checks the usage under the vendor's limit locks first (changeTier).
 */
async function billingWrite<T>(req: PayloadRequest, action: (target: BillingTarget) => Promise<T>): Promise<T> {
  const first = await billingContext(req, 'write')
  return oneBillingChangeAtATime(req, first.vendor.id, first.platform.id, async () =>
    action(await billingContext(req, 'write')),
  )
}

/** The vendor's subscription after a change, read again so the new limits are those answered. */
async function afterChange(req: PayloadRequest, extra: Record<string, unknown> = {}) {
  return Response.json({ ...(await subscriptionView(req, await billingContext(req, 'write'))), ...extra })
}

export const changeTierBody = perLanguage((req: MessageSource) =>
  z.strictObject({ tier: tierParam(req), billingPeriod: billingPeriodParam(req).optional() }),
)

export const addOnBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    code: z
      .string({ error: t(req, 'billingAddOnCodeRequired') })
      .min(1, t(req, 'billingAddOnCodeRequired'))
      .max(100, t(req, 'billingAddOnCodeRequired')),
  }),
)

export const paymentMethodBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    setupIntentId: z
      .string({ error: t(req, 'billingSetupIntentId') })
      .min(1, t(req, 'billingSetupIntentId'))
      .max(200, t(req, 'billingSetupIntentId'))
      .optional(),
  }),
)

/** POST /api/billing/change-tier {tier, billingPeriod?} (vendor owner; super admins acting for it). */
export const changeTierEndpoint: Endpoint = {
  path: '/billing/change-tier',
  method: 'post',
  handler: async (req) => {
    const input = parseInput(req, changeTierBody(req), await jsonBody(req))
    const { change } = await billingWrite(req, (target) => changeTier(req, target, input))
    return afterChange(req, {
      change: {
        tier: change.tier.code,
        billingPeriod: change.billingPeriod,
        direction: change.direction,
        effective: change.effective,
      },
    })
  },
}

/** POST /api/billing/addons {code} */
export const addAddOnEndpoint: Endpoint = {
  path: '/billing/addons',
  method: 'post',
  handler: async (req) => {
    const { code } = parseInput(req, addOnBody(req), await jsonBody(req))
    await billingWrite(req, (target) => addAddOn(req, target, code))
    return afterChange(req)
  },
}

/** DELETE /api/billing/addons/:code */
export const removeAddOnEndpoint: Endpoint = {
  path: '/billing/addons/:code',
  method: 'delete',
  handler: async (req) => {
    const { code } = parseInput(req, addOnBody(req), { code: req.routeParams?.code })
    await billingWrite(req, (target) => removeAddOn(req, target, code))
    return afterChange(req)
  },
}

/** POST /api/billing/cancel: ends the subscription at the end of the period. */
export const cancelEndpoint: Endpoint = {
  path: '/billing/cancel',
  method: 'post',
  handler: async (req) => {
    await emptyBody(req)
    await billingWrite(req, (target) => cancelAtPeriodEnd(req, target))
    return afterChange(req)
  },
}

/** POST /api/billing/resume: takes back a cancellation at the period end. */
export const resumeEndpoint: Endpoint = {
  path: '/billing/resume',
  method: 'post',
  handler: async (req) => {
    await emptyBody(req)
    await billingWrite(req, (target) => resumeSubscription(req, target))
    return afterChange(req)
  },
}

/**
 * POST /api/billing/payment-method → `{clientSecret, publishableKey, setupIntentId}` for Stripe.js to confirm a new
 * card; then POST /api/billing/payment-method {setupIntentId} → `{paymentMethod}`, the card now the default.
 */
export const paymentMethodEndpoint: Endpoint = {
  path: '/billing/payment-method',
  method: 'post',
  handler: async (req) => {
    const { setupIntentId } = parseInput(req, paymentMethodBody(req), await jsonBody(req, { optional: true }))
    const context = await billingContext(req, 'write')
    if (setupIntentId) return Response.json(await confirmReplacedCard(req, context, setupIntentId))
    return Response.json(await replaceCardIntent(req, context))
  },
}

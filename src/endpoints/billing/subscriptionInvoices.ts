import type { Endpoint, PayloadRequest } from 'payload'
import type Stripe from 'stripe'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { previewTierChange } from '@/services/billing/changeTier'
import { lineDescription, pricedItems } from '@/services/billing/subscriptionInvoiceLines'
import {
  listSubscriptionInvoices,
  subscriptionInvoiceView,
  upcomingSubscriptionInvoice,
} from '@/services/billing/subscriptionInvoices'
import type { BillingTarget } from '@/services/billing/types'

import { billingPeriodParam, parseQuery, perLanguage } from '../validation'

import { billingContext, tierParam } from './billingContext'

export const previewQuery = perLanguage((req: MessageSource) =>
  z.object({ tier: tierParam(req).optional(), billingPeriod: billingPeriodParam(req).optional() }),
)

/**
 * GET /api/billing/upcoming-invoice[?tier=CODE][&billingPeriod=monthly|annual] (readers of the vendor's billing):
 * Stripe's preview of the next subscription invoice (`invoice: null` when none is coming), or with `tier` / `billingPeriod` the
 * preview of that change, with its proration lines and when it takes effect. Amounts in cents.
 */
/** A subscription invoice as answered, each line described in our words in the request's language. */
async function invoiceView(req: PayloadRequest, target: BillingTarget, invoice: Stripe.Invoice) {
  const items = await pricedItems(req, target.platform.id)
  return subscriptionInvoiceView(invoice, (line) => {
    const described = lineDescription(line, items)
    return described ? t(req, described.message, described.vars) : null
  })
}

export const upcomingSubscriptionInvoiceEndpoint: Endpoint = {
  path: '/billing/upcoming-invoice',
  method: 'get',
  handler: async (req) => {
    const input = parseQuery(req, previewQuery(req))
    const context = await billingContext(req, 'read')
    if (!input.tier && !input.billingPeriod) {
      const upcoming = await upcomingSubscriptionInvoice(req, context)
      return Response.json({ invoice: upcoming && (await invoiceView(req, context, upcoming)), change: null })
    }
    const { invoice, change } = await previewTierChange(req, context, {
      tier: input.tier ?? context.plan.tier.code,
      billingPeriod: input.billingPeriod,
    })
    return Response.json({
      invoice: await invoiceView(req, context, invoice),
      change: {
        tier: { code: change.tier.code, name: change.tier.name },
        billingPeriod: change.billingPeriod,
        direction: change.direction,
        effective: change.effective,
      },
    })
  },
}

/** GET /api/billing/invoices (readers of the vendor's billing): the vendor's subscription invoices (Stripe's), newest first, with PDF links. */
export const subscriptionInvoicesEndpoint: Endpoint = {
  path: '/billing/invoices',
  method: 'get',
  handler: async (req) =>
    Response.json({ invoices: await listSubscriptionInvoices(req, await billingContext(req, 'read')) }),
}

import type { PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { Conflict } from '@/services/errors'
import { callStripe } from '@/services/stripe/callStripe'
import { stripeClient } from '@/services/stripe/client'

import { BILLING_STRIPE } from './stripeMessages'
import { stripeIds } from './stripeSubscription'
import type { BillingTarget } from './types'

const iso = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : null)

export type SubscriptionInvoiceLineView = {
  description: string | null
  amount: number
  period: { start: string | null; end: string | null }
  proration: boolean
}

export type SubscriptionInvoiceView = {
  currency: string
  subtotal: number
  total: number
  amountDue: number
  periodStart: string | null
  periodEnd: string | null
  lines: SubscriptionInvoiceLineView[]
}

/**
 * A subscription invoice (or a preview) as the billing API answers it: cents, ISO dates, each line with its period,
 * described by `describe` (our localized words; Stripe's description only for a line it cannot name).
 */
export function subscriptionInvoiceView(
  invoice: Stripe.Invoice,
  describe: (line: Stripe.InvoiceLineItem) => string | null = (line) => line.description,
): SubscriptionInvoiceView {
  return {
    currency: invoice.currency,
    subtotal: invoice.subtotal,
    total: invoice.total,
    amountDue: invoice.amount_due,
    periodStart: iso(invoice.period_start),
    periodEnd: iso(invoice.period_end),
    lines: invoice.lines.data.map((line) => ({
      description: describe(line) ?? line.description,
      amount: line.amount,
      period: { start: iso(line.period.start), end: iso(line.period.end) },
      proration: Boolean(
        line.parent?.subscription_item_details?.proration ?? line.parent?.invoice_item_details?.proration,
      ),
    })),
  }
}

/** GET /api/billing/upcoming-invoice: Stripe's preview of the next subscription invoice; null when none is coming (canceled, ending). */
export async function upcomingSubscriptionInvoice(
  req: PayloadRequest,
  target: BillingTarget,
): Promise<Stripe.Invoice | null> {
  const ids = stripeIds(req, target)
  if (!ids.subscription || !ids.customer) throw new Conflict('billingNotOnStripe')
  const stripe = stripeClient()
  try {
    return await stripe.invoices.createPreview({ customer: ids.customer, subscription: ids.subscription })
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'invoice_upcoming_none') return null
    return callStripe(req, 'invoice preview', BILLING_STRIPE, () => Promise.reject(error))
  }
}

export type SubscriptionInvoiceListEntry = {
  id: string
  number: string | null
  date: string | null
  total: number
  amountDue: number
  amountPaid: number
  currency: string
  status: string | null
  pdfUrl: string | null
  hostedUrl: string | null
}

/** GET /api/billing/invoices: the Stripe customer's subscription invoices, newest first (the last 24 by default). */
export async function listSubscriptionInvoices(
  req: PayloadRequest,
  target: BillingTarget,
  limit = 24,
): Promise<SubscriptionInvoiceListEntry[]> {
  const { customer } = stripeIds(req, target)
  if (!customer) return []
  const stripe = stripeClient()
  const invoices = await callStripe(req, 'invoice list', BILLING_STRIPE, () =>
    stripe.invoices.list({ customer, limit }),
  )
  return invoices.data.map((invoice) => ({
    id: invoice.id,
    number: invoice.number,
    date: iso(invoice.status_transitions?.finalized_at ?? invoice.created),
    total: invoice.total,
    amountDue: invoice.amount_due,
    amountPaid: invoice.amount_paid,
    currency: invoice.currency,
    status: invoice.status,
    pdfUrl: invoice.invoice_pdf ?? null,
    hostedUrl: invoice.hosted_invoice_url ?? null,
  }))
}

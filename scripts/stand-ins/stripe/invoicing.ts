import type { StripeObject } from './resources'
import { INVOICE_DEFAULTS, LINE_ITEM_DEFAULTS } from './stripeDefaults'

/**
 * Invoice shapes and proration arithmetic of the stand-in (API 2026-10-28: a line's subscription item and proration
 * flag live under `parent.subscription_item_details`, an invoice's subscription under `parent.subscription_details`).
 */

export type Recurring = { interval: string; interval_count: number }

export function periodEnd(start: number, recurring: Recurring): number {
  const date = new Date(start * 1000)
  const count = recurring.interval_count
  if (recurring.interval === 'day') date.setUTCDate(date.getUTCDate() + count)
  if (recurring.interval === 'week') date.setUTCDate(date.getUTCDate() + 7 * count)
  if (recurring.interval === 'month') date.setUTCMonth(date.getUTCMonth() + count)
  if (recurring.interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + count)
  return Math.floor(date.getTime() / 1000)
}

/** One subscription item as an invoice sees it: the item's id (or the id it will get), its price and quantity. */
export type BilledItem = { id: string; price: StripeObject; quantity: number }

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10)
const euros = (cents: number, currency: string) =>
  `${currency === 'eur' ? '€' : `${currency.toUpperCase()} `}${(cents / 100).toFixed(2)}`

export function lineItem(
  subscriptionId: string,
  item: BilledItem,
  amount: number,
  description: string,
  period: { start: number; end: number },
  proration: boolean,
  newId: (prefix: string) => string,
): StripeObject {
  return {
    ...LINE_ITEM_DEFAULTS,
    id: newId('il'),
    object: 'line_item',
    amount,
    currency: item.price.currency,
    description,
    discount_amounts: [],
    discountable: !proration,
    discounts: [],
    invoice: null,
    livemode: false,
    metadata: {},
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: proration ? newId('ii') : null,
        proration,
        proration_details: { credited_items: null },
        subscription: subscriptionId,
        subscription_item: item.id,
      },
    },
    period,
    pretax_credit_amounts: [],
    pricing: {
      type: 'price_details',
      price_details: { price: item.price.id, product: item.price.product },
      unit_amount_decimal: String(item.price.unit_amount),
    },
    quantity: item.quantity,
    subtotal: amount,
    taxes: [],
  }
}

/** `1 × OMS Professional (at €49.00 / month)`, as Stripe describes a subscription line. */
export const cycleDescription = (item: BilledItem, productName: string) =>
  `${item.quantity} × ${productName} (at ${euros(item.price.unit_amount, item.price.currency)} / ${item.price.recurring.interval})`

/** A full period of each item from `start` (its own interval). */
export function cycleLines(
  subscriptionId: string,
  items: BilledItem[],
  start: number,
  name: (item: BilledItem) => string,
  newId: (prefix: string) => string,
): StripeObject[] {
  return items.map((item) =>
    lineItem(
      subscriptionId,
      item,
      item.price.unit_amount * item.quantity,
      cycleDescription(item, name(item)),
      { start, end: periodEnd(start, item.price.recurring) },
      false,
      newId,
    ),
  )
}

/**
 * Stripe's proration of an item change at `at` within [start, end): a credit for the unused time of each old price
 * and a charge for the remaining time of each new one, both by seconds left in the period, rounded to cents.
 */
export function prorationLines(
  subscriptionId: string,
  removed: BilledItem[],
  added: BilledItem[],
  period: { start: number; end: number; at: number },
  name: (item: BilledItem) => string,
  newId: (prefix: string) => string,
): StripeObject[] {
  const { start, end, at } = period
  const fraction = end > start ? Math.min(1, Math.max(0, (end - at) / (end - start))) : 0
  const span = { start: at, end }
  return [
    ...removed.map((item) =>
      lineItem(
        subscriptionId,
        item,
        -Math.round(item.price.unit_amount * item.quantity * fraction),
        `Unused time on ${item.quantity} × ${name(item)} after ${day(at)}`,
        span,
        true,
        newId,
      ),
    ),
    ...added.map((item) =>
      lineItem(
        subscriptionId,
        item,
        Math.round(item.price.unit_amount * item.quantity * fraction),
        `Remaining time on ${item.quantity} × ${name(item)} after ${day(at)}`,
        span,
        true,
        newId,
      ),
    ),
  ]
}

/** Lines of a trial: each item at 0 until the trial ends. */
export const trialLines = (
  subscriptionId: string,
  items: BilledItem[],
  at: number,
  trialEnd: number,
  name: (item: BilledItem) => string,
  newId: (prefix: string) => string,
) =>
  items.map((item) =>
    lineItem(subscriptionId, item, 0, `Trial period for ${name(item)}`, { start: at, end: trialEnd }, false, newId),
  )

export type InvoiceDraft = {
  id: string
  customer: StripeObject
  subscriptionId: string
  lines: StripeObject[]
  billingReason: string
  created: number
  number: string | null
  baseUrl: string
}

/** An invoice object (status `draft`; finalised and paid by the caller). */
export function invoiceObject({
  id,
  customer,
  subscriptionId,
  lines,
  billingReason,
  created,
  number,
  baseUrl,
}: InvoiceDraft): StripeObject {
  const total = lines.reduce((sum, line) => sum + line.amount, 0)
  const starts = lines.map((line) => line.period.start)
  const ends = lines.map((line) => line.period.end)
  for (const line of lines) line.invoice = id
  const currency = lines[0]?.currency ?? 'eur'
  return {
    ...structuredClone(INVOICE_DEFAULTS),
    id,
    object: 'invoice',
    account_country: 'LU',
    account_name: 'Stripe stand-in',
    amount_due: Math.max(0, total),
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: Math.max(0, total),
    amount_shipping: 0,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { enabled: false, disabled_reason: null, liability: null, provider: null, status: null },
    billing_reason: billingReason,
    collection_method: 'charge_automatically',
    created,
    currency,
    customer: customer.id,
    customer_email: customer.email ?? null,
    customer_name: customer.name ?? null,
    default_payment_method: null,
    description: null,
    discounts: [],
    due_date: null,
    effective_at: null,
    ending_balance: null,
    hosted_invoice_url: number ? `${baseUrl}/invoices/${id}` : null,
    invoice_pdf: number ? `${baseUrl}/invoices/${id}/pdf` : null,
    issuer: { type: 'self' },
    lines: { object: 'list', data: lines, has_more: false, total_count: lines.length, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: {}, subscription: subscriptionId },
    },
    period_start: starts.length ? Math.min(...starts) : created,
    period_end: ends.length ? Math.max(...ends) : created,
    starting_balance: 0,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_taxes: [],
    webhooks_delivered_at: null,
  }
}

/** A one-page PDF naming the invoice, its total and status: enough for a download link to open. */
export function invoicePdf(invoice: StripeObject): Buffer {
  const text = `Invoice ${invoice.number} - ${euros(invoice.total, invoice.currency)} - ${invoice.status}`.replace(
    /[()\\]/g,
    '',
  )
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** The hosted invoice page. */
export function invoicePage(invoice: StripeObject): string {
  const escape = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
  const rows = invoice.lines.data
    .map(
      (line: StripeObject) =>
        `<tr><td>${escape(line.description ?? '')}</td><td>${euros(line.amount, line.currency)}</td></tr>`,
    )
    .join('')
  return `<!doctype html><meta charset="utf-8"><title>Invoice ${escape(invoice.number ?? invoice.id)}</title>
<h1>Invoice ${escape(invoice.number ?? invoice.id)}</h1><p>Status: ${escape(invoice.status)}</p>
<table>${rows}</table><p>Total: ${euros(invoice.total, invoice.currency)}</p><p><a href="${escape(invoice.invoice_pdf ?? '')}">PDF</a></p>`
}

/**
 * Bad input to the invoicing and billing endpoints answers 4xx, never 5xx (the Stripe stand-in configured, so the
 * billing endpoints read their input instead of answering 503).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { invoicingShop, invoicingWorld, type InvoicingWorld, linesInvoice, LU_CONSUMER } from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'
import { stripeStandIn } from '../../helpers/stripeBilling'

let payload: Payload
let world: InvoicingWorld
let standIn: StripeStandIn

beforeAll(async () => {
  ;({ standIn } = await stripeStandIn('bad-input'))
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

afterAll(async () => {
  await standIn?.close?.()
})

const shop = () => invoicingShop(payload, world)

describe('the invoicing and billing endpoints', () => {
  const NUL = 'a\u0000b'
  it('NUL bytes and odd strings in the invoicing and billing endpoints answer 4xx', async () => {
    const { vendor, owner } = await shop()
    const draft = await linesInvoice(owner)
    expect(draft.status).toBe(201)
    const probes: [string, string, Record<string, unknown> | undefined][] = [
      ['PATCH', '/api/vendor/invoice-settings', { footer: NUL }],
      ['PATCH', '/api/vendor/invoice-settings', { legalName: NUL }],
      ['PATCH', '/api/vendor/invoice-settings', { numberPrefix: NUL }],
      ['PATCH', '/api/vendor/invoice-settings', { vendor: NUL }],
      ['GET', `/api/vendor/invoice-settings?vendor=a%00b`, undefined],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: { ...LU_CONSUMER, name: NUL }, lines: [{ description: 'x', quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: NUL, quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: { ...LU_CONSUMER, vatNumber: NUL }, lines: [{ description: 'x', quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { vendor: NUL, customer: LU_CONSUMER, lines: [{ description: 'x', quantity: 1, unitPrice: 1 }] },
      ],
      ['PATCH', `/api/invoices/${draft.body.invoice.id}`, { customer: { ...LU_CONSUMER, name: NUL } }],
      ['POST', '/api/billing/change-tier', { tier: NUL }],
      ['POST', '/api/billing/addons', { code: NUL }],
      ['DELETE', '/api/billing/addons/a%00b', undefined],
      ['GET', '/api/billing/upcoming-invoice?tier=a%00b', undefined],
      ['GET', '/api/billing/subscription?vendor=a%00b', undefined],
      ['POST', '/api/billing/payment-method', { setupIntentId: NUL }],
    ]
    const fivexx: string[] = []
    for (const [method, path, body] of probes) {
      const answer = await rest(method, path, { token: owner, body })
      if (answer.status >= 500)
        fivexx.push(
          `${method} ${path} ${JSON.stringify(body)} -> ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`,
        )
    }
    expect(vendor.id).toBeGreaterThan(0)
    expect(fivexx).toEqual([])
  })

  it('wrong types, arrays for objects, huge amounts and 200 maximal lines answer 4xx on the invoicing endpoints', async () => {
    const { owner } = await shop()
    const draft = await linesInvoice(owner)
    const id = draft.body.invoice.id
    const max = { description: 'Max', quantity: 100_000, unitPrice: 1_000_000_000 }
    const probes: [string, string, unknown][] = [
      ['POST', '/api/vendor/invoices', []],
      ['POST', '/api/vendor/invoices', { customer: [], lines: {} }],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: 'x', quantity: 1, unitPrice: 1e308 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: 'x', quantity: 1.5, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: 'x', quantity: 1, unitPrice: -1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: 'x', quantity: 1, unitPrice: 1, vatCategory: 'luxury' }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: 'x'.repeat(100_000), quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: [{ description: 'x'.repeat(2_000_000), quantity: 1, unitPrice: 1 }] },
      ],
      ['POST', '/api/vendor/invoices', { customer: LU_CONSUMER, lines: Array.from({ length: 200 }, () => max) }],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, lines: Array.from({ length: 200 }, () => max), issue: true },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, supplyDate: '2026-02-30', lines: [{ description: 'x', quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, supplyDate: '1900-01-01', lines: [{ description: 'x', quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { customer: LU_CONSUMER, supplyDate: '9999-12-31', lines: [{ description: 'x', quantity: 1, unitPrice: 1 }] },
      ],
      [
        'POST',
        '/api/vendor/invoices',
        { order: 2147483647, customer: { type: 'consumer', address: LU_CONSUMER.address } },
      ],
      ['POST', `/api/vendor/invoices/${id}/issue`, []],
      ['POST', `/api/vendor/invoices/${id}/issue`, { email: 'yes' }],
      ['POST', '/api/vendor/invoices/99999999999/issue', undefined],
      ['POST', '/api/vendor/invoices/1e3/credit-note', undefined],
      ['GET', `/api/vendor/invoices/${id}/pdf?format=docx`, undefined],
      ['PATCH', '/api/vendor/invoice-settings', { address: [] }],
      ['PATCH', '/api/vendor/invoice-settings', { address: { country: 'ZZ' } }],
      ['PATCH', '/api/vendor/invoice-settings', { paymentTermsDays: 1e300 }],
      ['PATCH', '/api/vendor/invoice-settings', { euDistanceSalesPreviousYear: -1 }],
      ['PATCH', '/api/vendor/invoice-settings', { logo: 'data:image/png;base64,' + 'A'.repeat(299_000) }],
      ['PATCH', '/api/vendor/invoice-settings', { numberPattern: '{prefix}{seq:12}{year}' }],
      ['PATCH', `/api/invoices/${id}`, { lines: [{ description: 'x', quantity: 1, unitPrice: 'abc' }] }],
      ['PATCH', `/api/invoices/${id}`, { lines: Array.from({ length: 200 }, () => max) }],
      ['PATCH', `/api/invoices/${id}`, { customer: { address: { country: 'XX' } } }],
      ['PATCH', `/api/invoices/${id}`, { supplyDate: 'not a date' }],
      ['GET', '/api/invoices?where[totals.gross][greater_than]=abc', undefined],
      ['GET', '/api/invoices/abc', undefined],
      ['POST', '/api/billing/change-tier', { tier: 123 }],
      ['POST', '/api/billing/change-tier', { tier: 'x', billingPeriod: 'weekly' }],
      ['POST', '/api/billing/addons', []],
      ['GET', '/api/billing/upcoming-invoice?billingPeriod=weekly', undefined],
    ]
    const results: string[] = []
    for (const [method, path, body] of probes) {
      const answer = await rest(method, path, { token: owner, body })
      if (answer.status >= 500)
        results.push(
          `${method} ${path} ${JSON.stringify(body)?.slice(0, 120)} -> ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`,
        )
    }
    expect(results).toEqual([])
  })
})

import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { MAX_DESCRIPTION, MAX_INVOICE_LINES } from '@/collections/Invoices'
import { MAX_CENTS } from '@/fields/centsField'
import { MAX_QUANTITY, quantitySchema } from '@/fields/quantityField'
import { type MessageSource, t } from '@/i18n/t'
import type { Invoice } from '@/payload-types'
import { MAX_ID } from '@/plugins/strictInput/limits'
import { isKnownCountry } from '@/services/countries'
import { InvalidInput } from '@/services/errors'
import { createInvoice } from '@/services/invoices/createInvoice'
import { creditInvoice, markInvoicePaid } from '@/services/invoices/creditNote'
import { checkViesBeforeIssue, issueInvoice, viesCheckEnabled } from '@/services/invoices/issueInvoice'
import { renderInvoicePdfFile, renderInvoiceXmlFile, type RenderedFile } from '@/services/invoices/renderInvoice'
import { LOCALES } from '@/services/locales'
import { rememberReads } from '@/services/requestMemo'
import { inTransaction } from '@/services/transactions'
import { VAT_CATEGORIES } from '@/services/vat/types'
import { relationId } from '@/utilities/relationId'

import { emptyBody, jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput, parseQuery, perLanguage, slugParam } from '../validation'

import { invoiceForUser, invoicingVendor, lockedInvoiceForUser, signedIn } from './invoiceAccess'
import { invoiceAnswer } from './invoiceAnswer'

const buildSchemas = (req: MessageSource) => {
  const line = z.strictObject({
    description: z
      .string({ error: t(req, 'invoiceLineDescription', { max: MAX_DESCRIPTION }) })
      .trim()
      .min(1, t(req, 'invoiceLineDescription', { max: MAX_DESCRIPTION }))
      .max(MAX_DESCRIPTION, t(req, 'invoiceLineDescription', { max: MAX_DESCRIPTION })),
    quantity: quantitySchema(t(req, 'invoiceQuantity', { max: MAX_QUANTITY })),
    unitPrice: z
      .number({ error: t(req, 'invoiceUnitPrice', { max: MAX_CENTS }) })
      .int(t(req, 'invoiceUnitPrice', { max: MAX_CENTS }))
      .min(0, t(req, 'invoiceUnitPrice', { max: MAX_CENTS }))
      .max(MAX_CENTS, t(req, 'invoiceUnitPrice', { max: MAX_CENTS })),
    vatCategory: z
      .enum(VAT_CATEGORIES as [string, ...string[]], {
        error: t(req, 'invoiceVatCategory', { categories: VAT_CATEGORIES.join(', ') }),
      })
      .default('standard'),
  })
  const field = (key: 'invoiceCustomerField', max: number, name: string) =>
    z
      .string({ error: t(req, key, { field: name, max }) })
      .trim()
      .min(1, t(req, key, { field: name, max }))
      .max(max, t(req, key, { field: name, max }))
  const customer = z.strictObject({
    name: field('invoiceCustomerField', 200, 'name').optional(),
    email: z
      .email({ error: t(req, 'invoiceCustomerEmail') })
      .max(200, t(req, 'invoiceCustomerEmail'))
      .nullable()
      .optional(),
    type: z.enum(['consumer', 'business'], { error: t(req, 'invoiceCustomerType') }),
    vatNumber: z
      .string({ error: t(req, 'invoiceCustomerVat') })
      .max(20, t(req, 'invoiceCustomerVat'))
      .nullable()
      .optional(),
    // checked by the collection's field (electronicAddressField), which answers 400 naming what is wrong
    electronicAddress: z
      .strictObject({ scheme: z.string().max(10), identifier: z.string().max(100) })
      .nullable()
      .optional(),
    address: z.strictObject(
      {
        street: field('invoiceCustomerField', 200, 'address.street'),
        postalCode: field('invoiceCustomerField', 20, 'address.postalCode'),
        city: field('invoiceCustomerField', 100, 'address.city'),
        country: z.string({ error: t(req, 'invoiceCountryUnknown', { country: '' }) }).superRefine((value, ctx) => {
          if (!isKnownCountry(value))
            ctx.addIssue({ code: 'custom', message: t(req, 'invoiceCountryUnknown', { country: value }) })
        }),
      },
      { error: t(req, 'invoiceCustomerAddress') },
    ),
    locale: z.enum(LOCALES, { error: t(req, 'invoiceCustomerLocale') }).optional(),
  })
  return {
    create: z.strictObject({
      vendor: slugParam(req, 'vendor').optional(),
      order: z
        .number({ error: t(req, 'invoiceOrderId') })
        .int(t(req, 'invoiceOrderId'))
        .min(1, t(req, 'invoiceOrderId'))
        .max(MAX_ID, t(req, 'invoiceOrderId'))
        .optional(),
      customer: customer.optional(),
      lines: z
        .array(line, { error: t(req, 'invoiceLinesCount', { max: MAX_INVOICE_LINES }) })
        .min(1, t(req, 'invoiceLinesCount', { max: MAX_INVOICE_LINES }))
        .max(MAX_INVOICE_LINES, t(req, 'invoiceLinesCount', { max: MAX_INVOICE_LINES }))
        .optional(),
      supply: z.enum(['goods', 'services'], { error: t(req, 'invoiceSupply') }).default('goods'),
      supplyDate: z.iso.date({ error: t(req, 'invoiceSupplyDate') }).optional(),
      issue: z.boolean({ error: t(req, 'invoiceFlag', { field: 'issue' }) }).default(false),
      email: z.boolean({ error: t(req, 'invoiceFlag', { field: 'email' }) }).default(false),
    }),
    issue: z.strictObject({ email: z.boolean({ error: t(req, 'invoiceFlag', { field: 'email' }) }).default(false) }),
  }
}

export const invoiceBodies = perLanguage(buildSchemas)

export const pdfQuery = perLanguage((req: MessageSource) =>
  z.object({ format: z.enum(['pdf', 'facturx'], { error: t(req, 'invoicePdfFormat') }).optional() }),
)

async function answer(req: PayloadRequest, invoice: Invoice, status = 200) {
  const originalId = relationId(invoice.creditNoteFor)
  const original = originalId
    ? await req.payload.findByID({ collection: 'invoices', id: originalId, depth: 0, overrideAccess: true, req })
    : null
  return noStore({ invoice: invoiceAnswer(invoice, original) }, { status })
}

/**
 * POST /api/vendor/invoices (vendor owner or member, feature invoicing): a draft from an order
 * (`order` + `customer` for the address and customer type, which orders do not hold) or from explicit `lines`
 * (+ `customer`); `issue: true` issues it at once, `email: true` then mails it. 201 {invoice}.
 */
export const createInvoiceEndpoint: Endpoint = {
  path: '/vendor/invoices',
  method: 'post',
  handler: async (req) => {
    signedIn(req)
    rememberReads(req)
    const body = parseInput(req, invoiceBodies(req).create, await jsonBody(req, { optional: true }))
    const { vendor, platform } = await invoicingVendor(req, { vendorSlug: body.vendor })
    if (body.order !== undefined && body.lines !== undefined) throw new InvalidInput('invoiceOrderOrLines')
    if (body.order === undefined && body.lines === undefined) throw new InvalidInput('invoiceLinesMissing')
    if (!body.customer)
      throw new InvalidInput(body.order === undefined ? 'invoiceCustomerMissing' : 'invoiceOrderCustomerMissing')
    if (body.email && !body.issue) throw new InvalidInput('invoiceEmailNeedsIssue')
    const { customer } = body
    const now = new Date()
    // VIES (when on) is asked before the transaction opens: no connection or lock waits for it.
    const vies =
      body.issue && viesCheckEnabled() ? await checkViesBeforeIssue(req, vendor.id, customer, now) : undefined
    const invoice = await inTransaction(req, () =>
      createInvoice(req, {
        vendorId: vendor.id,
        platformId: platform.id,
        orderId: body.order,
        customer: {
          name: customer.name,
          email: customer.email ?? undefined,
          type: customer.type,
          vatNumber: customer.vatNumber?.trim() || null,
          ...(customer.electronicAddress ? { electronicAddress: customer.electronicAddress } : {}),
          address: customer.address,
          locale: customer.locale,
        },
        lines: body.lines as Parameters<typeof createInvoice>[1]['lines'],
        supply: body.supply,
        supplyDate: body.supplyDate,
        issue: body.issue ? { email: body.email, vies } : undefined,
        now,
      }),
    )
    return answer(req, invoice, 201)
  },
}

const idPath = (action: string) => `/vendor/invoices/:id/${action}`

/** POST /api/vendor/invoices/:id/issue {email?} → {invoice}: the next number of the series, dated today; 409 unless a draft. */
export const issueInvoiceEndpoint: Endpoint = {
  path: idPath('issue'),
  method: 'post',
  handler: async (req) => {
    rememberReads(req)
    signedIn(req)
    const body = await jsonBody(req, { optional: true })
    const { email } = parseInput(req, invoiceBodies(req).issue, body)
    const now = new Date()
    // VIES (when on) is asked before the transaction opens, for the draft as it is now; issueInvoice refuses if the
    // customer changed meanwhile. With VIES off nothing is asked, so the draft is read only once, under the lock.
    const unlocked = viesCheckEnabled() ? await invoiceForUser(req) : undefined
    const vies =
      unlocked?.status === 'draft'
        ? await checkViesBeforeIssue(req, relationId(unlocked.vendor)!, unlocked.customer, now)
        : undefined
    const issued = await inTransaction(req, async () => {
      const draft = await lockedInvoiceForUser(req)
      return issueInvoice(req, draft, { now, email, vies })
    })
    return answer(req, issued)
  },
}

/** POST /api/vendor/invoices/:id/credit-note → 201 {invoice: the credit note}; the original becomes credited. */
export const creditNoteEndpoint: Endpoint = {
  path: idPath('credit-note'),
  method: 'post',
  handler: async (req) => {
    await emptyBody(req)
    const creditNote = await inTransaction(req, async () =>
      creditInvoice(req, await lockedInvoiceForUser(req), { now: new Date() }),
    )
    return answer(req, creditNote, 201)
  },
}

/** POST /api/vendor/invoices/:id/mark-paid → {invoice}: issued → paid. */
export const markPaidEndpoint: Endpoint = {
  path: idPath('mark-paid'),
  method: 'post',
  handler: async (req) => {
    await emptyBody(req)
    return answer(req, await inTransaction(req, async () => markInvoicePaid(req, await lockedInvoiceForUser(req))))
  },
}

const fileResponse = (file: RenderedFile) =>
  new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  })

/** GET /api/vendor/invoices/:id/pdf[?format=facturx]: the PDF (Factur-X with the EN 16931 XML embedded). */
export const invoicePdfEndpoint: Endpoint = {
  path: idPath('pdf'),
  method: 'get',
  handler: async (req) => {
    const invoice = await invoiceForUser(req)
    const { format } = parseQuery(req, pdfQuery(req))
    return fileResponse(await renderInvoicePdfFile(req, invoice.id, { facturX: format === 'facturx' }))
  },
}

/** GET /api/vendor/invoices/:id/xml: UBL 2.1 (EN 16931). */
export const invoiceXmlEndpoint: Endpoint = {
  path: idPath('xml'),
  method: 'get',
  handler: async (req) => {
    const invoice = await invoiceForUser(req)
    return fileResponse(await renderInvoiceXmlFile(req, invoice.id))
  },
}

export const invoiceEndpoints: Endpoint[] = [
  createInvoiceEndpoint,
  issueInvoiceEndpoint,
  creditNoteEndpoint,
  markPaidEndpoint,
  invoicePdfEndpoint,
  invoiceXmlEndpoint,
]

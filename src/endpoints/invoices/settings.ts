import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type MessageSource, t } from '@/i18n/t'
import { SELLER_VAT_STATUSES } from '@/services/vat/types'

import { jsonBody } from '../requestBody'
import { noStore } from '../signup/signupRequest'
import { parseInput, perLanguage, slugParam } from '../validation'

import { invoicingVendor, signedIn } from './invoiceAccess'
import { settingsAnswer } from './invoiceAnswer'

const findSettings = async (req: PayloadRequest, vendorId: number) =>
  (
    await req.payload.find({
      collection: 'vendor-invoice-settings',
      where: { vendor: { equals: vendorId } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0]

/** GET /api/vendor/invoice-settings[?vendor=SLUG] (vendor owner or member) → {settings}; 404 until they are saved. */
export const getInvoiceSettingsEndpoint: Endpoint = {
  path: '/vendor/invoice-settings',
  method: 'get',
  handler: async (req) => {
    const { vendor } = await invoicingVendor(req)
    const settings = await findSettings(req, vendor.id)
    if (!settings) throw new APIError(t(req, 'invoiceSettingsNotYet'), 404, null, true)
    return noStore({ settings: settingsAnswer(settings) })
  },
}

const text = (max: number) => z.string().max(max).nullable().optional()

/** Types only: the collection's validation (VAT number, IBAN, BIC, patterns, logo) answers the rest, per field. */
export const settingsBody = perLanguage((req: MessageSource) =>
  z.strictObject({
    vendor: slugParam(req, 'vendor').optional(),
    legalName: z.string().max(200).optional(),
    address: z
      .strictObject({
        street: z.string().max(200).optional(),
        postalCode: z.string().max(20).optional(),
        city: z.string().max(100).optional(),
        country: z.string().max(2).optional(),
      })
      .optional(),
    vatNumber: text(40),
    vatStatus: z.enum(SELLER_VAT_STATUSES).optional(),
    taxNumber: text(20),
    rcsNumber: text(40),
    email: text(200),
    electronicAddress: z
      .strictObject({ scheme: text(10), identifier: text(100) })
      .nullable()
      .optional()
      .describe('null: back to the address the VAT number gives.'),
    iban: text(60),
    bic: text(20),
    numberPrefix: z.string().max(20).optional(),
    numberPattern: z.string().max(60).optional(),
    creditNotePrefix: z.string().max(20).optional(),
    creditNotePattern: z.string().max(60).optional(),
    paymentTermsDays: z.number().int().min(0).max(365).optional(),
    footer: text(1000),
    logo: z.string().max(300_000).nullable().optional(),
    ossRegistered: z.boolean().optional(),
    euDistanceSalesPreviousYear: z.number().int().min(0).max(1_000_000_000).optional(),
    turnoverPreviousYear: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
)

/**
 * PATCH /api/vendor/invoice-settings[?vendor=SLUG] (vendor owner) {legalName, address, vatNumber, ...}: creates the
 * vendor's settings or changes them; answers {settings}. Issued invoices keep the seller they were issued with.
 */
export const patchInvoiceSettingsEndpoint: Endpoint = {
  path: '/vendor/invoice-settings',
  method: 'patch',
  handler: async (req) => {
    signedIn(req)
    const body = parseInput(req, settingsBody(req), await jsonBody(req))
    const { vendor: vendorSlug, ...given } = body
    // null (or an empty pair) goes back to the default, the address the VAT number gives (normaliseInvoiceSettings)
    const reset = { scheme: null, identifier: null }
    const fields = { ...given, electronicAddress: given.electronicAddress === null ? reset : given.electronicAddress }
    const { vendor, platform } = await invoicingVendor(req, { ownersOnly: true, vendorSlug })
    const existing = await findSettings(req, vendor.id)
    const saved = existing
      ? await req.payload.update({
          collection: 'vendor-invoice-settings',
          id: existing.id,
          data: { ...fields, address: fields.address ? { ...existing.address, ...fields.address } : undefined },
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
      : await req.payload.create({
          collection: 'vendor-invoice-settings',
          data: { ...fields, vendor: vendor.id, platform: platform.id } as never,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
    return noStore({ settings: settingsAnswer(saved) })
  },
}

import { z } from 'zod'

import { LOCALES } from '@/services/locales'
import { SELLER_VAT_STATUSES, VAT_CATEGORIES, VAT_TREATMENTS } from '@/services/vat/types'

import type { Expect, Same } from '../openapi/operation'

import type { invoiceAnswer } from './invoiceAnswer'

const day = z.iso.date()
const cents = z.number().int().describe('Cents.')
const address = z.strictObject({
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string().describe('Two-letter code.'),
})

const electronicAddress = z
  .strictObject({
    scheme: z.string().describe('A scheme of the EAS code list Peppol accepts, e.g. 9938 (Luxembourg VAT number).'),
    identifier: z.string(),
  })
  .nullable()

export const invoiceSchema = z
  .strictObject({
    id: z.number().int(),
    kind: z.enum(['invoice', 'credit_note']),
    number: z.string().nullable().describe('null while a draft.'),
    status: z.enum(['draft', 'issued', 'paid', 'credited']),
    issueDate: day.nullable(),
    supplyDate: day.nullable(),
    dueDate: day.nullable(),
    currency: z.literal('EUR'),
    vatTreatment: z
      .enum(VAT_TREATMENTS)
      .nullable()
      .describe('franchise: the seller is under Luxembourg’s franchise for small enterprises (no VAT, category E).'),
    vatNote: z.string().nullable().describe('The legal mention the treatment needs, printed on the invoice.'),
    customerVatValid: z.boolean().nullable(),
    customer: z.strictObject({
      name: z.string(),
      email: z.string().nullable(),
      type: z.enum(['consumer', 'business']),
      vatNumber: z.string().nullable(),
      electronicAddress: electronicAddress.describe(
        "The buyer's electronic address its e-invoices carry: the one given, else the one a valid business VAT number gives.",
      ),
      address,
      locale: z.enum(LOCALES),
    }),
    lines: z.array(
      z.strictObject({
        description: z.string(),
        quantity: z.number().int(),
        unitPrice: cents.describe('Cents, excluding VAT.'),
        vatCategory: z.enum(VAT_CATEGORIES),
        vatRate: z.number().nullable().describe('Percent.'),
        net: cents.describe('Cents: quantity × unitPrice.'),
        vat: cents.describe(
          "Cents, informative: this line's VAT rounded on its own. The invoice's VAT is per category (vatBreakdown), so the lines' vat may differ from totals.vat by up to half a cent per line.",
        ),
        gross: cents.describe('Cents, informative: net + vat of this line.'),
      }),
    ),
    vatBreakdown: z
      .array(
        z.strictObject({
          vatRate: z.number().nullable(),
          net: cents.describe('Cents: the taxable amount, the sum of the net of the lines at this rate.'),
          vat: cents.describe('Cents: net × vatRate, rounded once (half away from zero).'),
        }),
      )
      .describe('One row per VAT category (one rate each), highest rate first.'),
    totals: z
      .strictObject({ net: cents, vat: cents, gross: cents })
      .describe('vat is the sum of the vatBreakdown rows; gross = net + vat.'),
    vies: z
      .strictObject({
        status: z.enum(['valid', 'invalid', 'unavailable']),
        checkedAt: z.iso.datetime().nullable(),
        name: z.string().nullable(),
        requestIdentifier: z.string().nullable(),
      })
      .nullable()
      .describe("The EU's VIES check of the customer's VAT number, when one was made."),
    order: z.number().int().nullable().describe('The order it was made from.'),
    creditNoteFor: z
      .strictObject({ id: z.number().int(), number: z.string().nullable(), issueDate: day.nullable() })
      .nullable()
      .describe('For a credit note: the invoice it credits.'),
  })
  .meta({ id: 'Invoice', description: 'An invoice or credit note a shop issues. Amounts in cents.' })

/** POST /api/vendor/invoices, …/issue, …/credit-note, …/mark-paid */
export const invoiceAnswerSchema = z
  .strictObject({ invoice: invoiceSchema })
  .meta({ id: 'InvoiceAnswer', description: 'The invoice.' })

export const invoiceSettingsSchema = z
  .strictObject({
    legalName: z.string(),
    address,
    vatNumber: z.string().nullable().describe('Required to issue when vatStatus is "registered".'),
    vatStatus: z
      .enum(SELLER_VAT_STATUSES)
      .describe(
        '"registered": invoices charge VAT. "franchise": Luxembourg’s franchise for small enterprises (Art. 57 LU VAT law), Luxembourg sellers only: no VAT, category E, the legal mention on every invoice.',
      ),
    taxNumber: z
      .string()
      .nullable()
      .describe('The national tax number (BT-32); under the franchise, it or vatNumber is required to issue.'),
    rcsNumber: z.string().nullable(),
    email: z.string().nullable(),
    electronicAddress: electronicAddress.describe(
      'The seller electronic address on its e-invoices (BT-34): the one set, else the one the VAT number gives.',
    ),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    paymentTermsDays: z.number().int(),
    footer: z.string().nullable(),
    logo: z.string().nullable().describe('A data: URL.'),
    ossRegistered: z.boolean(),
    numberPrefix: z.string(),
    numberPattern: z.string(),
    creditNotePrefix: z.string(),
    creditNotePattern: z.string(),
    euDistanceSalesPreviousYear: cents,
    turnoverPreviousYear: cents.describe(
      "Last calendar year's turnover excluding VAT, declared; under the franchise it must not exceed the threshold in force.",
    ),
  })
  .meta({ id: 'InvoiceSettings', description: 'The seller on its invoices, and the number series.' })

/** GET and PATCH /api/vendor/invoice-settings */
export const invoiceSettingsAnswerSchema = z
  .strictObject({ settings: invoiceSettingsSchema })
  .meta({ id: 'InvoiceSettingsAnswer', description: 'The settings.' })

export type _InvoiceChecked = Expect<Same<z.output<typeof invoiceSchema>, ReturnType<typeof invoiceAnswer>>>

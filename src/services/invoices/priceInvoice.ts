import type { PayloadRequest } from 'payload'

import type { VendorInvoiceSetting } from '@/payload-types'
import { Conflict, InvalidInput } from '@/services/errors'
import type { Locale } from '@/services/locales'
import { computeInvoiceVat } from '@/services/vat'
import { VatInputError } from '@/services/vat/errors'
import type { CustomerType, VatCategory, VatResult, ViesResult } from '@/services/vat/types'
import { relationId } from '@/utilities/relationId'

import { distanceSalesOfYear } from './invoiceRows'

export type PricingInput = {
  vendorId: number
  customer: { type: CustomerType; country: string; vatNumber: string | null }
  supply: 'goods' | 'services'
  /** YYYY-MM-DD */
  supplyDate: string
  lines: { description: string; quantity: number; unitPrice: number; vatCategory: VatCategory }[]
  locale: Locale
  /** The VIES answer for the customer's number, when one was asked (at issue). */
  vies?: ViesResult | null
}

/** Settings read during one request, per vendor: a request that creates and issues reads them once. */
const settingsOfRequest = new WeakMap<PayloadRequest, Map<number, VendorInvoiceSetting>>()

/** Forgets the request's cached settings (a write of the settings collection in the same request). */
export const forgetInvoiceSettings = (req: PayloadRequest) => settingsOfRequest.delete(req)

/** The vendor's invoice settings, or 409 saying to fill them in first. */
export async function invoiceSettingsOf(req: PayloadRequest, vendorId: number): Promise<VendorInvoiceSetting> {
  const cached = settingsOfRequest.get(req)?.get(vendorId)
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'vendor-invoice-settings',
    where: { vendor: { equals: vendorId } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw new Conflict('invoiceSettingsMissing')
  if (!settingsOfRequest.has(req)) settingsOfRequest.set(req, new Map())
  settingsOfRequest.get(req)!.set(vendorId, docs[0])
  return docs[0]
}

/**
 * B2C sales to other member states counting towards the EUR 10,000 threshold in the supply date's year: the
 * declared figure of last year plus this year's issued invoices priced `origin` or `oss` (credit notes, negative,
 * take their invoices back out). One SQL sum.
 */
export async function distanceSalesBefore(
  req: PayloadRequest,
  settings: VendorInvoiceSetting,
  supplyDate: string,
): Promise<number> {
  const issued = await distanceSalesOfYear(req, relationId(settings.vendor)!, Number(supplyDate.slice(0, 4)))
  return (settings.euDistanceSalesPreviousYear ?? 0) + issued
}

/**
 * The VAT of an invoice from the vendor's settings and the rates in force on its supply date; engine input errors are
 * 400s. The distance-sales sum is read only when it can change the answer (the engine priced with no sales and with
 * unlimited sales answers differently: a B2C sale to another member state), which a domestic or B2B sale never does.
 */
export async function priceInvoice(
  req: PayloadRequest,
  input: PricingInput,
  settings?: VendorInvoiceSetting,
): Promise<VatResult> {
  const seller = settings ?? (await invoiceSettingsOf(req, input.vendorId))
  try {
    const price = (distanceSales: number) =>
      computeInvoiceVat({
        seller: {
          country: seller.address.country,
          vatNumber: seller.vatNumber ?? null,
          ossRegistered: Boolean(seller.ossRegistered),
          vatStatus: seller.vatStatus ?? 'registered',
        },
        customer: input.customer,
        supply: input.supply,
        supplyDate: input.supplyDate,
        distanceSalesBefore: distanceSales,
        lines: input.lines,
        locale: input.locale,
        vies: input.vies ?? null,
      })
    const belowThreshold = price(0)
    if (JSON.stringify(belowThreshold) === JSON.stringify(price(Number.MAX_SAFE_INTEGER))) return belowThreshold
    return price(await distanceSalesBefore(req, seller, input.supplyDate))
  } catch (error) {
    if (error instanceof VatInputError) throw new InvalidInput('invoiceVatInput', { reason: error.message })
    throw error
  }
}

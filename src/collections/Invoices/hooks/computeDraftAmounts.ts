import type { CollectionBeforeChangeHook } from 'payload'

import type { Invoice } from '@/payload-types'
import { dayOf, dayToStored, luxembourgDay } from '@/services/invoices/context'
import { priceInvoice } from '@/services/invoices/priceInvoice'
import { relationId } from '@/utilities/relationId'

/**
 * A draft's amounts always come from the server: on every write of a draft (REST, admin or service) its lines
 * are priced by the VAT engine from the vendor's settings, the customer and the supply date; whatever amounts
 * the client sent are replaced. Issued invoices are priced once more by the issuing service, then frozen.
 */
export const computeDraftAmounts: CollectionBeforeChangeHook<Invoice> = async ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status ?? 'draft'
  if (status !== 'draft') return data
  const vendorId = relationId(data.vendor ?? originalDoc?.vendor)
  const customer = {
    ...originalDoc?.customer,
    ...data.customer,
    address: { ...originalDoc?.customer?.address, ...data.customer?.address },
  }
  const lines = data.lines ?? originalDoc?.lines ?? []
  if (vendorId === null || !customer.address.country || lines.length === 0) return data // field validation reports what is missing
  const supplyDate = dayOf(data.supplyDate ?? originalDoc?.supplyDate) ?? luxembourgDay(new Date())
  const vat = await priceInvoice(req, {
    vendorId,
    customer: {
      type: customer.type ?? 'consumer',
      country: customer.address.country,
      vatNumber: customer.vatNumber || null,
    },
    supply: data.supply ?? originalDoc?.supply ?? 'goods',
    supplyDate,
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      vatCategory: line.vatCategory ?? 'standard',
    })),
    locale: customer.locale ?? 'en',
  })
  return {
    ...data,
    supplyDate: dayToStored(supplyDate),
    lines: vat.lines.map((line, index) => ({ id: lines[index]?.id, ...line })),
    vatBreakdown: vat.vatBreakdown,
    totals: vat.totals,
    currency: 'EUR',
    vatTreatment: vat.vatTreatment,
    vatNote: vat.vatNote,
    customerVatValid: vat.customerVatValid,
    rateCountry: vat.rateCountry,
    // VIES is asked at issue; a draft carries no result (nor one a client made up).
    vies: {
      status: null,
      checkedAt: null,
      vatNumber: null,
      name: null,
      address: null,
      requestIdentifier: null,
      error: null,
    },
  }
}

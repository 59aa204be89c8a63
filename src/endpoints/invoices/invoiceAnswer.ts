import type { Invoice, VendorInvoiceSetting } from '@/payload-types'
import { invoiceCustomer } from '@/services/invoices/buildDocument'
import { dayOf } from '@/services/invoices/context'
import { sellerSnapshotOf } from '@/services/invoices/invoiceRows'
import { relationId } from '@/utilities/relationId'

const cents = (value: number | null | undefined) => value ?? 0

/** An invoice as the API answers it (DESIGN section 5), plus kind, dueDate, order and creditNoteFor. */
export function invoiceAnswer(invoice: Invoice, original?: Invoice | null) {
  return {
    id: invoice.id,
    kind: invoice.kind,
    number: invoice.number ?? null,
    status: invoice.status,
    issueDate: dayOf(invoice.issueDate),
    supplyDate: dayOf(invoice.supplyDate),
    dueDate: dayOf(invoice.dueDate),
    currency: invoice.currency,
    vatTreatment: invoice.vatTreatment ?? null,
    vatNote: invoice.vatNote ?? null,
    customerVatValid: invoice.customerVatValid ?? null,
    customer: { ...invoiceCustomer(invoice), locale: invoice.customer.locale },
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      vatCategory: line.vatCategory,
      vatRate: line.vatRate ?? null,
      net: cents(line.net),
      vat: cents(line.vat),
      gross: cents(line.gross),
    })),
    vatBreakdown: (invoice.vatBreakdown ?? []).map((row) => ({
      vatRate: row.vatRate ?? null,
      net: cents(row.net),
      vat: cents(row.vat),
    })),
    totals: { net: cents(invoice.totals?.net), vat: cents(invoice.totals?.vat), gross: cents(invoice.totals?.gross) },
    vies: invoice.vies?.status
      ? {
          status: invoice.vies.status,
          checkedAt: invoice.vies.checkedAt ?? null,
          name: invoice.vies.name ?? null,
          requestIdentifier: invoice.vies.requestIdentifier ?? null,
        }
      : null,
    order: relationId(invoice.order),
    creditNoteFor: original
      ? { id: original.id, number: original.number ?? null, issueDate: dayOf(original.issueDate) }
      : null,
  }
}

/** The invoice settings as GET / PATCH /api/vendor/invoice-settings answer them. */
export function settingsAnswer(settings: VendorInvoiceSetting) {
  return {
    ...sellerSnapshotOf(settings),
    numberPrefix: settings.numberPrefix,
    numberPattern: settings.numberPattern,
    creditNotePrefix: settings.creditNotePrefix,
    creditNotePattern: settings.creditNotePattern,
    euDistanceSalesPreviousYear: settings.euDistanceSalesPreviousYear ?? 0,
    turnoverPreviousYear: settings.turnoverPreviousYear ?? 0,
  }
}

import type { InvoiceDocument } from '../../src/services/invoices/document'
import { domesticLu, priced } from '../../tests/helpers/invoiceDocuments'

/** A typical invoice: 8 lines at two rates, every optional field filled (logo aside). */
export const typicalInvoice: InvoiceDocument = {
  ...domesticLu,
  ...priced(
    Array.from({ length: 8 }, (_, index) => ({
      description: `Article ${index + 1}: hand-made leather goods, size ${index + 36}`,
      quantity: 1 + (index % 3),
      unitPrice: 1250 + index * 335,
      vatRate: index % 4 === 3 ? 3 : 17,
      vatCategory: index % 4 === 3 ? ('super_reduced' as const) : ('standard' as const),
    })),
  ),
}

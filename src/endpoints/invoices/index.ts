import type { Endpoint } from 'payload'

import { invoiceEndpoints } from './invoices'
import { getInvoiceSettingsEndpoint, patchInvoiceSettingsEndpoint } from './settings'

/** /api/vendor/invoice-settings and /api/vendor/invoices[/:id/...]. */
export const invoicingEndpoints: Endpoint[] = [
  getInvoiceSettingsEndpoint,
  patchInvoiceSettingsEndpoint,
  ...invoiceEndpoints,
]

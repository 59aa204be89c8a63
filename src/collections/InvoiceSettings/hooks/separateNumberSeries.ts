import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'
import type { VendorInvoiceSetting } from '@/payload-types'
import { formatInvoiceNumber } from '@/services/invoices/settingsRules'

/** Invoices and credit notes share the "unique per vendor" numbers: their two series must never produce the same one. */
export const separateNumberSeries: CollectionBeforeChangeHook<VendorInvoiceSetting> = ({ data, originalDoc, req }) => {
  const pick = <K extends keyof VendorInvoiceSetting>(key: K) => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const invoice = formatInvoiceNumber(String(pick('numberPattern')), String(pick('numberPrefix')), 2026, 1)
  const creditNote = formatInvoiceNumber(String(pick('creditNotePattern')), String(pick('creditNotePrefix')), 2026, 1)
  if (invoice === creditNote) throw new APIError(t(req, 'invoiceSeriesCollide'), 400, null, true)
  return data
}

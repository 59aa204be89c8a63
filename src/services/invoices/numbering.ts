import type { PayloadRequest } from 'payload'

import type { VendorInvoiceSetting } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { nextCounterValue } from './invoiceRows'
import { formatInvoiceNumber, restartsYearly } from './settingsRules'

export type NumberSeries = 'invoice' | 'credit_note'

/**
 * The next number of a vendor's series, taken inside the caller's transaction (which must be the issuing one):
 * one upsert of the series' counter row (vendor, series, year) that increments and returns it. The row stays
 * locked until the transaction ends, so concurrent issues of the vendor's series wait their turn, on every app
 * instance; a rollback undoes the increment, so a failed issue consumes no number. Gapless and unique.
 * A pattern without {year} runs on across years (counter year 0).
 */
export async function nextInvoiceNumber(
  req: PayloadRequest,
  settings: VendorInvoiceSetting,
  series: NumberSeries,
  issueYear: number,
): Promise<string> {
  if (!req.transactionID) throw new Error('nextInvoiceNumber must run inside the issuing transaction.')
  const pattern = series === 'invoice' ? settings.numberPattern : settings.creditNotePattern
  const prefix = series === 'invoice' ? settings.numberPrefix : settings.creditNotePrefix
  const year = restartsYearly(pattern) ? issueYear : 0
  return formatInvoiceNumber(
    pattern,
    prefix,
    issueYear,
    await nextCounterValue(req, relationId(settings.vendor)!, series, year),
  )
}

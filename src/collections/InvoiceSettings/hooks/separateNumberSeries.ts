import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { t } from '@/i18n/t'
import type { VendorInvoiceSetting } from '@/payload-types'
import { firstNumberMatching } from '@/services/invoices/invoiceRows'
import { seriesDisjoint, seriesRegex } from '@/services/invoices/settingsRules'
import { relationId } from '@/utilities/relationId'

type Series = {
  pattern: string
  prefix: string
  patternField: 'numberPattern' | 'creditNotePattern'
  prefixField: 'numberPrefix' | 'creditNotePrefix'
}

/** The first number already given to the vendor (invoice or credit note) that the series could produce again. */
async function reusedNumber(req: PayloadRequest, vendorId: number, series: Series): Promise<string | null> {
  return firstNumberMatching(req, vendorId, seriesRegex(series.pattern, series.prefix))
}

/**
 * Invoices and credit notes share the "unique per vendor" numbers, and a series' counter does not know the numbers
 * given under earlier settings: so the two series must never produce the same number (seriesDisjoint), and a changed
 * series must not be able to produce a number the vendor already has (checked against its numbers in one query).
 */
export const separateNumberSeries: CollectionBeforeChangeHook<VendorInvoiceSetting> = async ({
  data,
  originalDoc,
  req,
}) => {
  const pick = <K extends keyof VendorInvoiceSetting>(key: K) =>
    String(data[key] !== undefined ? data[key] : originalDoc?.[key])
  const both: Series[] = [
    {
      pattern: pick('numberPattern'),
      prefix: pick('numberPrefix'),
      patternField: 'numberPattern',
      prefixField: 'numberPrefix',
    },
    {
      pattern: pick('creditNotePattern'),
      prefix: pick('creditNotePrefix'),
      patternField: 'creditNotePattern',
      prefixField: 'creditNotePrefix',
    },
  ]
  if (!seriesDisjoint(both[0], both[1])) {
    const message = t(req, 'invoiceSeriesCollide')
    throw new APIError(message, 400, { errors: [{ path: 'creditNotePrefix', message }] }, true)
  }
  const vendorId = relationId((data.vendor ?? originalDoc?.vendor) as number | { id: number } | null | undefined)
  if (vendorId === null) return data
  for (const series of both) {
    const prefixChanged = !originalDoc || series.prefix !== String(originalDoc[series.prefixField])
    const patternChanged = !originalDoc || series.pattern !== String(originalDoc[series.patternField])
    if (!prefixChanged && !patternChanged) continue
    const number = await reusedNumber(req, vendorId, series)
    if (number === null) continue
    const field = prefixChanged ? series.prefixField : series.patternField
    const message = t(req, 'invoiceSeriesReusesNumber', { field, number })
    throw new APIError(message, 400, { errors: [{ path: field, message }] }, true)
  }
  return data
}

import type { CollectionBeforeChangeHook } from 'payload'

import type { VendorInvoiceSetting } from '@/payload-types'
import { logoDataUrl } from '@/services/invoices/logoFile'
import { relationId } from '@/utilities/relationId'

/**
 * When the uploaded logo (`logoFile`) is chosen or changed, the settings keep its bytes as the `logo` data URL the
 * documents print (and issued invoices freeze); clearing it clears the logo. A logo of another vendor is refused.
 * API clients that send `logo` as a data URL, as before, keep working.
 */
export const logoFromUpload: CollectionBeforeChangeHook<VendorInvoiceSetting> = async ({ data, originalDoc, req }) => {
  if (data.logoFile === undefined) return data
  const logoId = relationId(data.logoFile as number | { id: number } | null)
  if (logoId === relationId(originalDoc?.logoFile as number | { id: number } | null | undefined)) return data
  if (logoId === null) return { ...data, logo: null }
  const vendorId = relationId((data.vendor ?? originalDoc?.vendor) as number | { id: number } | null | undefined)
  return { ...data, logo: await logoDataUrl(req, logoId, vendorId) }
}

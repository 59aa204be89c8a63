import type { CollectionBeforeOperationHook } from 'payload'

import { checkLogoUpload } from '@/services/invoices/logoFile'

/** A logo upload (admin or REST) is checked before Payload stores anything: size, and real PNG or JPEG bytes. */
export const checkUploadedLogo: CollectionBeforeOperationHook<'invoice-logos'> = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) await checkLogoUpload(req.file)
  return args
}

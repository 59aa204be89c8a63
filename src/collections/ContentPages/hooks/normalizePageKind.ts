import type { CollectionBeforeValidateHook } from 'payload'

import type { ContentPage } from '@/payload-types'

/** A page with a vendor is an override, never a platform page. */
export const normalizePageKind: CollectionBeforeValidateHook<ContentPage> = ({ data }) => {
  if (data?.vendor) data.isPlatformPage = false
  return data
}

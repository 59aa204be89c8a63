import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/roles'
import type { ContentPage } from '@/payload-types'
import { enforceCmsPageLimits as enforce } from '@/services/cmsLimits'

/** Applies the vendor's CMS limits to vendor pages, whoever writes them (admin, REST, seed, import). */
export const enforceCmsPageLimits: CollectionBeforeChangeHook<ContentPage> = async ({ data, originalDoc, operation, req }) => {
  const vendorId = relationId(data.vendor === undefined ? originalDoc?.vendor : data.vendor)
  const platformId = relationId(data.platform ?? originalDoc?.platform)
  const slug = data.slug ?? originalDoc?.slug
  if (vendorId === null || platformId === null || !slug) return data

  const isNew = operation === 'create'
  const moved =
    !isNew && (vendorId !== relationId(originalDoc?.vendor) || platformId !== relationId(originalDoc?.platform))
  const renamed = !isNew && slug !== originalDoc?.slug
  if (isNew || moved || renamed) {
    await enforce(req, { platformId, vendorId, slug, pageId: originalDoc?.id, isNew: isNew || moved })
  }
  return data
}

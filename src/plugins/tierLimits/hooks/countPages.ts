import type { CollectionBeforeChangeHook } from 'payload'

import { enforceCmsPageLimits } from '@/services/cmsLimits'
import type { LimitRule } from '@/services/limitRules'
import { relationId } from '@/utilities/relationId'
import { rowTarget } from '@/utilities/rowTarget'

/** The vendor's CMS limits on vendor pages, whoever writes them (admin, REST, seed, import). */
export const countPages =
  (rules: LimitRule[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const { vendorId, platformId } = rowTarget(data, originalDoc)
    const slug = data.slug ?? originalDoc?.slug
    if (vendorId === null || platformId === null || !slug) return data

    const isNew = operation === 'create'
    const moved =
      !isNew && (vendorId !== relationId(originalDoc?.vendor) || platformId !== relationId(originalDoc?.platform))
    const renamed = !isNew && slug !== originalDoc?.slug
    if (isNew || moved || renamed) {
      await enforceCmsPageLimits(
        req,
        { platformId, vendorId, slug, pageId: originalDoc?.id, isNew: isNew || moved },
        rules,
      )
    }
    return data
  }

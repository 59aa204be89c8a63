import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/utilities/roles'

/** A business module's rows live on its own platform only (products and orders on OMS), whoever writes. */
export const restrictToPlatform =
  (platformCode: string, label: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const platformId = relationId(data.platform ?? originalDoc?.platform)
    if (platformId === null || platformId === relationId(originalDoc?.platform)) return data
    const platform = await req.payload.findByID({ collection: 'platforms', id: platformId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (platform?.code !== platformCode) {
      throw new APIError(`${label} belong to the "${platformCode}" platform; pick it as the platform.`, 400, null, true)
    }
    return data
  }

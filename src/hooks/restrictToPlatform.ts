import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/roles'

/** A business module's rows live on its own platform only (products and orders on OMS). */
export const restrictToPlatform =
  (platformCode: string, what: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const platformId = relationId(data.platform ?? originalDoc?.platform)
    if (platformId === null || platformId === relationId(originalDoc?.platform)) return data
    const platform = await req.payload.findByID({ collection: 'platforms', id: platformId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (platform?.code !== platformCode) {
      throw new APIError(`${what} belong to the "${platformCode}" platform; pick it as the platform.`, 400, null, true)
    }
    return data
  }

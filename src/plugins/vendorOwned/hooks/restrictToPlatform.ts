import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { type Message, t } from '@/i18n/t'
import { relationId } from '@/utilities/relationId'

/** A business module's rows live on its own platform only (products and orders on OMS), whoever writes. */
export const restrictToPlatform =
  ({ code, message }: { code: string; message: Message }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const platformId = relationId(data.platform ?? originalDoc?.platform)
    if (platformId === null || platformId === relationId(originalDoc?.platform)) return data
    const platform = await req.payload.findByID({
      collection: 'platforms',
      id: platformId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (platform?.code !== code) {
      throw new APIError(t(req, message, { platform: code }), 400, null, true)
    }
    return data
  }

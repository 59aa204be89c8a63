import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { t } from '@/i18n/t'
import { relationId } from '@/utilities/relationId'

const comparable = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && 'id' in value) return relationId(value as { id: number })
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
    return new Date(value).toISOString()
  return value
}

/**
 * Field access alone (appOnlyField) drops such fields silently; this answers 403 naming them instead, for any
 * request that does not override access and would change one. The admin re-sends unchanged values on save: those pass.
 */
export const refuseAppOnlyFields =
  <TSlug extends CollectionSlug>(fields: readonly string[]): CollectionBeforeOperationHook<TSlug> =>
  async ({ args, operation, overrideAccess, req, collection }) => {
    if (overrideAccess || (operation !== 'create' && operation !== 'update')) return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (!data || typeof data !== 'object') return args
    const sent = fields.filter((field) => field in data)
    if (sent.length === 0) return args
    const id = (args as { id?: number | string }).id
    const stored =
      operation === 'update' && id !== undefined
        ? await req.payload.findByID({
            collection: collection.slug as TSlug,
            id,
            depth: 0,
            overrideAccess: true,
            req,
            disableErrors: true,
          })
        : null
    const changed = stored
      ? sent.filter(
          (field) => comparable(data[field]) !== comparable((stored as unknown as Record<string, unknown>)[field]),
        )
      : sent.filter((field) => comparable(data[field]) !== null || operation === 'update')
    if (changed.length > 0)
      throw new APIError(t(req, 'fieldsWrittenByApp', { fields: changed.join(', ') }), 403, null, true)
    return args
  }

import type { CollectionBeforeChangeHook } from 'payload'

import type { ContentPage } from '@/payload-types'
import { enforcePageSize } from '@/services/content/pageSize'
import { rowTarget } from '@/utilities/rowTarget'

/** The page size limit of the writer's plan (src/services/content/pageSize.ts), on every write path. */
export const limitPageSize: CollectionBeforeChangeHook<ContentPage> = async ({ data, originalDoc, req }) => {
  await enforcePageSize(req, {
    title: data.title ?? originalDoc?.title,
    content: data.content !== undefined ? data.content : originalDoc?.content,
    meta: data.meta ?? originalDoc?.meta,
    ...rowTarget(data, originalDoc),
  })
  return data
}

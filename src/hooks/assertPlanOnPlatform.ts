import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { type Message, t } from '@/i18n/t'
import { relationId } from '@/utilities/relationId'
import { rowTarget } from '@/utilities/rowTarget'

type PlanRow = { tier?: unknown; addOns?: unknown[] | null }

/** A membership's or subscription's tier and add-ons are those of its own platform, whoever writes. */
export const assertPlanOnPlatform: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const { platformId } = rowTarget(data, originalDoc)
  if (platformId === null) return data
  const row = { ...(originalDoc as PlanRow), ...(data as PlanRow) }
  const tierId = relationId((row.tier ?? null) as number | null)
  const addOnIds = (row.addOns ?? []).map((addOn) => relationId(addOn as number)!)
  const checks: { collection: 'subscription-tiers' | 'add-ons'; ids: number[]; refusal: Message }[] = [
    { collection: 'subscription-tiers', ids: tierId === null ? [] : [tierId], refusal: 'tierOnOtherPlatform' },
    { collection: 'add-ons', ids: addOnIds, refusal: 'addOnOnOtherPlatform' },
  ]
  for (const { collection, ids, refusal } of checks) {
    if (ids.length === 0) continue
    const found = await req.payload.count({
      collection,
      where: { and: [{ id: { in: ids } }, { platform: { equals: platformId } }] },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs !== new Set(ids).size) {
      throw new APIError(t(req, refusal), 400, null, true)
    }
  }
  return data
}

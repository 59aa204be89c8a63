import type { Payload, PayloadRequest } from 'payload'

import { relationId } from '@/utilities/relationId'

/** Vendors that belong to at least one of the given platforms. */
export async function vendorIdsOnPlatforms(req: PayloadRequest, platformIds: number[]): Promise<number[]> {
  if (platformIds.length === 0) return []
  const rows = await req.payload.find({
    collection: 'vendor-platforms',
    where: { platform: { in: platformIds } },
    depth: 0,
    pagination: false,
    select: { vendor: true },
    req,
  })
  return rows.docs.map((row) => relationId(row.vendor)!)
}

/** Platforms the given vendors are (active, unless told otherwise) on. */
export async function platformIdsOfVendors(
  req: PayloadRequest,
  vendorIds: number[],
  { activeOnly = true } = {},
): Promise<number[]> {
  if (vendorIds.length === 0) return []
  const rows = await req.payload.find({
    collection: 'vendor-platforms',
    where: { and: [{ vendor: { in: vendorIds } }, ...(activeOnly ? [{ isActive: { equals: true } }] : [])] },
    depth: 0,
    pagination: false,
    select: { platform: true },
    req,
  })
  return [...new Set(rows.docs.map((row) => relationId(row.platform)!))]
}

/** Which of the given vendors are active on the platform (the shops a vendor user acts for there). */
export async function activeVendorIdsOnPlatform(
  payload: Payload,
  vendorIds: number[],
  platformId: number,
  req?: PayloadRequest,
): Promise<number[]> {
  if (vendorIds.length === 0) return []
  const rows = await payload.find({
    collection: 'vendor-platforms',
    where: { vendor: { in: vendorIds }, platform: { equals: platformId }, isActive: { equals: true } },
    depth: 0,
    pagination: false,
    select: { vendor: true },
    overrideAccess: true,
    req,
  })
  return rows.docs.map((row) => relationId(row.vendor)!)
}

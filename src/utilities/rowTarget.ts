import { relationId } from './relationId'

type VendorRow = { vendor?: unknown; platform?: unknown } | null | undefined

/** The vendor and platform a row has after a write: the incoming value where one is sent, else the stored one. */
export function rowTarget(
  data: VendorRow,
  original: VendorRow,
): { vendorId: number | null; platformId: number | null } {
  const pick = (key: 'vendor' | 'platform') =>
    relationId(((data && data[key] !== undefined ? data[key] : original?.[key]) ?? null) as number | null)
  return { vendorId: pick('vendor'), platformId: pick('platform') }
}

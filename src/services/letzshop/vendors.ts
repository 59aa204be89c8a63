import { letzshopQuery } from './client'
import { letzshopConfig } from './config'
import {
  type LetzshopVendor,
  SEARCH_VENDORS,
  type SearchVendorsData,
  toLetzshopVendor,
  VENDOR_BY_SLUG,
  type VendorBySlugData,
} from './queries'
import { TtlCache } from './ttlCache'

export const SEARCH_RESULTS = 10

/**
 * Letzshop's answers, kept 5 minutes, at most 500 of them (lookups and searches together), in this process's
 * memory: public, read-only shop data, where a few minutes of staleness on one instance does no harm. Whether a
 * shop is claimed is never cached (it comes from our database on each request). Errors are not cached.
 */
const cache = new TtlCache<LetzshopVendor | LetzshopVendor[] | null>(500, 5 * 60_000)

export const clearLetzshopCache = () => cache.clear()

async function cached<Value extends LetzshopVendor | LetzshopVendor[] | null>(
  key: string,
  load: () => Promise<Value>,
): Promise<Value> {
  const fullKey = `${letzshopConfig().url} ${key}`
  const hit = cache.get(fullKey)
  if (hit !== undefined) return hit as Value
  const value = await load()
  cache.set(fullKey, value)
  return value
}

/** The shop with this slug on Letzshop, or null when there is none. */
export const lookupVendor = (slug: string): Promise<LetzshopVendor | null> =>
  cached(`vendor:${slug}`, async () => {
    const data = await letzshopQuery<VendorBySlugData>(VENDOR_BY_SLUG, { slug })
    return data.vendor ? toLetzshopVendor(data.vendor) : null
  })

/** Shops whose name (or city) matches the text, at most SEARCH_RESULTS of them. */
export const searchVendors = (text: string): Promise<LetzshopVendor[]> => {
  const search = text.trim().replace(/\s+/g, ' ')
  return cached(`search:${search.toLowerCase()}`, async () => {
    const data = await letzshopQuery<SearchVendorsData>(SEARCH_VENDORS, { search, first: SEARCH_RESULTS })
    return data.vendors.nodes.map(toLetzshopVendor)
  })
}

/**
 * What a cached answer depends on, as tags. The database sends the same tags (channel CONTENT_CACHE_CHANNEL) from
 * the triggers of migration 20261208_150000_content_cache_notify, in the transaction of the write:
 *   a content page written (any tier, any status, any field, old and new row) → its page tag and its platform's
 *   navigation tag; a vendor's slug or name, or a vendor joining, leaving or (de)activated on a platform → its vendor
 *   tag; anything about a platform (its domains, its localized branding) → `all` (it can change which platform a host
 *   resolves to, and the sites render its branding).
 * tests/int/content/read-cache.int.spec.ts proves the twins agree (random edits, cached vs uncached answers).
 */
export const CONTENT_CACHE_CHANNEL = 'content_cache'

export const ALL_TAG = 'all'
export const pageTag = (platformId: number, slug: string) => `page:${platformId}:${slug}`
export const navigationTag = (platformId: number) => `nav:${platformId}`
export const vendorTag = (vendorId: number) => `vendor:${vendorId}`

/** A notification's payload: tags separated by spaces (slugs have none); `sync:<token>` answers caughtUp(). */
export const parseNotification = (payload: string): string[] => payload.split(' ').filter(Boolean)

import type { Access, CollectionSlug, Where } from 'payload'

/** How one collection's rows belong to vendors. */
export type VendorOwnedCollection = {
  slug: CollectionSlug
  /** Plural noun for messages: "Products". */
  label: string
  /** Rows live on this platform only (by code), e.g. OMS products and orders. */
  platform?: string
  /**
   * Rows without a vendor belong to the platform (vendor default pages, marketing pages): the platform's admins
   * write those, vendors only rows with their vendor. Without it, every row has a vendor.
   */
  platformRows?: { denied: string }
  /** Rows readable besides the vendor and platform scope, e.g. published pages for anyone. Or-ed in. */
  alsoReadable?: Access
  /** Rows the law requires keeping: a vendor that has any cannot be deleted (409), only deactivated. */
  keepOnVendorDeletion?: { where: Where; what: string }
  /** The message for a write to another vendor's rows. */
  denied?: string
}

export type VendorOwnedOptions = { collections: VendorOwnedCollection[] }

/** Set on `req.context` while a vendor's rows are removed with it: the read-only rule does not apply. */
export const VENDOR_CASCADE = 'vendorCascade'

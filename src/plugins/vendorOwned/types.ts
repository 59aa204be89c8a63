import type { Access, CollectionSlug, FieldAccess, Where } from 'payload'

import type { Message } from '@/i18n/t'
import type { FeatureCode } from '@/services/tiers/featureCodes'
import type { Role } from '@/utilities/roles'

export type VendorRole = Extract<Role, 'vendor-owner' | 'vendor-member'>

/** How one collection's rows belong to vendors. */
export type VendorOwnedCollection = {
  slug: CollectionSlug
  /** Rows live on this platform only (by code), e.g. OMS products and orders, with the refusal for others. */
  platform?: { code: string; message: Message }
  /**
   * Rows without a vendor belong to the platform (vendor default pages, marketing pages): the platform's admins
   * write those, vendors only rows with their vendor. Without it, every row has a vendor.
   */
  platformRows?: { denied: Message }
  /** Rows readable besides the vendor and platform scope, e.g. published pages for anyone. Or-ed in. */
  alsoReadable?: Access
  /** Rows the law requires keeping: a vendor that has any cannot be deleted (409), only deactivated. `what` names them. */
  keepOnVendorDeletion?: { where: Where; what: string }
  /**
   * Vendor users reach the rows only of their vendors whose plan on the row's platform (`platform.code`) includes
   * this feature: the others get 403 naming the feature, and the collection is hidden in their admin.
   */
  feature?: FeatureCode
  /**
   * Vendor roles that may create, change and delete rows (default: every vendor user). E.g. `['vendor-owner']` for
   * rows only the shop's owner manages (invoice settings: IBAN, number series). Super admins are unaffected.
   */
  writeRoles?: VendorRole[]
  /** Platform admins read the rows of their platforms (default true); false keeps them out (customers' data). */
  platformAdminsRead?: boolean
  /** Field access of the vendor and platform fields the plugin adds, e.g. read-only once an invoice is issued. */
  ownerFieldAccess?: { update?: FieldAccess }
  /**
   * Which stored rows the admin offers to delete (its Delete button), e.g. draft invoices only. Payload's document
   * permissions call the delete access with the row's `id` and `data`; there this condition decides. The delete
   * itself is decided as before (scope, then the collection's hooks, which answer e.g. 409 with their reason).
   */
  offerDeleteWhen?: (row: Record<string, unknown>) => boolean
  /** The refusal of a write to another vendor's rows (default: ownShopDataOnly). */
  denied?: Message
}

export type VendorOwnedOptions = { collections: VendorOwnedCollection[] }

/** Set on `req.context` while a vendor's rows are removed with it: the read-only rule does not apply. */
export const VENDOR_CASCADE = 'vendorCascade'

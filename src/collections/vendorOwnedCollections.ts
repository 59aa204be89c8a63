import { publishedOrVendorDefaults } from '@/access/contentPages'
import { oms } from '@/platforms/oms'
import type { VendorOwnedCollection } from '@/plugins/vendorOwned'

/** The collections whose rows belong to a vendor. Adding one here gives it scoping, checks and the cascade. */
export const VENDOR_OWNED: VendorOwnedCollection[] = [
  {
    slug: 'content-pages',
    label: 'Pages',
    denied: "You can only edit your own shop's pages.",
    platformRows: {
      denied:
        "Only the admins of this platform can edit its marketing pages and vendor default pages; create your own page (an override) instead.",
    },
    alsoReadable: publishedOrVendorDefaults,
  },
  { slug: 'products', label: 'Products', platform: oms.code },
  { slug: 'orders', label: 'Orders', platform: oms.code },
]

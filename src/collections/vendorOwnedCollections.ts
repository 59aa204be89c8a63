import { publishedOrVendorDefaults } from '@/access/contentPages'
import { oms } from '@/platforms/oms'
import type { VendorOwnedCollection } from '@/plugins/vendorOwned'

/** The collections whose rows belong to a vendor. Adding one here gives it scoping, checks and the cascade. */
export const VENDOR_OWNED: VendorOwnedCollection[] = [
  {
    slug: 'content-pages',
    denied: 'ownShopPagesOnly',
    platformRows: { denied: 'defaultPagesAdminsOnly' },
    alsoReadable: publishedOrVendorDefaults,
  },
  { slug: 'products', platform: { code: oms.code, message: 'productsBelongToPlatform' } },
  { slug: 'orders', platform: { code: oms.code, message: 'ordersBelongToPlatform' } },
  { slug: 'vendor-invoice-settings', platform: { code: oms.code, message: 'invoicesBelongToPlatform' }, feature: 'invoicing' },
  {
    slug: 'invoices',
    platform: { code: oms.code, message: 'invoicesBelongToPlatform' },
    feature: 'invoicing',
    keepOnVendorDeletion: { where: { status: { not_equals: 'draft' } }, what: 'issued invoices' },
  },
]

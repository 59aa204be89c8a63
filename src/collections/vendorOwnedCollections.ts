import { publishedOrVendorDefaults } from '@/access/contentPages'
import { draftInvoiceOnly } from '@/access/draftInvoiceOnly'
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
  {
    slug: 'letzshop-connections',
    platform: { code: oms.code, message: 'ordersBelongToPlatform' },
    feature: 'letzshop_sync',
    // Written only through /api/vendor/letzshop/* (the key is checked with Letzshop and sealed there).
    writeRoles: [],
    platformAdminsRead: false,
  },
  {
    slug: 'letzshop-sync-runs',
    platform: { code: oms.code, message: 'ordersBelongToPlatform' },
    feature: 'letzshop_sync',
    writeRoles: [],
    platformAdminsRead: false,
  },
  {
    slug: 'vendor-invoice-settings',
    platform: { code: oms.code, message: 'invoicesBelongToPlatform' },
    feature: 'invoicing',
    // The shop's owner only sets the IBAN and number series printed on its invoices, as over /api/vendor/invoice-settings.
    writeRoles: ['vendor-owner'],
    platformAdminsRead: false,
  },
  {
    slug: 'invoice-logos',
    platform: { code: oms.code, message: 'invoicesBelongToPlatform' },
    feature: 'invoicing',
    // Like the settings that print them: the shop's owner uploads; a logo is never served to another shop.
    writeRoles: ['vendor-owner'],
    platformAdminsRead: false,
  },
  {
    slug: 'invoices',
    platform: { code: oms.code, message: 'invoicesBelongToPlatform' },
    feature: 'invoicing',
    keepOnVendorDeletion: { where: { status: { not_equals: 'draft' } }, what: 'issued invoices' },
    // No Delete on an issued invoice or credit note in the admin; a DELETE still answers 409 (guardInvoiceWrites).
    offerDeleteWhen: (invoice) => invoice.status === 'draft',
    // Like every field of an invoice: read-only once issued.
    ownerFieldAccess: { update: draftInvoiceOnly },
    // Invoices carry the shops' customers' data: the vendor's users and super admins only, as on /api/vendor/invoices.
    platformAdminsRead: false,
  },
]

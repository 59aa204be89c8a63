import type { CollectionConfig } from 'payload'

import { invoiceLogoDir, LOGO_BOX, LOGO_MIME_TYPES } from '@/services/invoices/logoFile'

import { checkUploadedLogo } from './hooks/checkUploadedLogo'

/**
 * The logos vendors print on their invoices: PNG or JPEG uploads of at most 1 MB, stored on local disk
 * (INVOICE_LOGO_DIR) and scaled down to fit LOGO_BOX. Vendor-owned (src/collections/vendorOwnedCollections.ts):
 * a vendor reads, serves and picks only its own. Invoice settings point at one (`logoFile`).
 */
export const InvoiceLogos: CollectionConfig<'invoice-logos'> = {
  slug: 'invoice-logos',
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'filesize', 'vendor', 'createdAt'] },
  hooks: { beforeOperation: [checkUploadedLogo] },
  upload: {
    staticDir: invoiceLogoDir(),
    mimeTypes: [...LOGO_MIME_TYPES],
    resizeOptions: { ...LOGO_BOX, fit: 'inside', withoutEnlargement: true },
    focalPoint: false,
    crop: false,
    adminThumbnail: ({ doc }) => (typeof doc.url === 'string' ? doc.url : null),
  },
  fields: [],
}

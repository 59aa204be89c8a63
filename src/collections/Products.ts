import type { CollectionConfig } from 'payload'

import { ownVendorRows, vendorWriters } from '@/access/ownVendorRows'
import { platformAdminOrOwnVendor } from '@/access/platformAdminOrOwnVendor'
import { centsField } from '@/fields/centsField'
import { platformField } from '@/fields/platformField'
import { vendorField } from '@/fields/vendorField'
import { assertOwnVendor } from '@/hooks/assertOwnVendor'
import { enforceTierLimit } from '@/hooks/enforceTierLimit'
import { restrictToPlatform } from '@/hooks/restrictToPlatform'
import { oms } from '@/platforms/oms'

export const Products: CollectionConfig<'products'> = {
  slug: 'products',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'sku', 'price', 'vendor'] },
  access: {
    read: platformAdminOrOwnVendor,
    create: vendorWriters,
    update: ownVendorRows,
    delete: ownVendorRows,
  },
  indexes: [{ fields: ['vendor', 'sku'], unique: true }],
  hooks: {
    beforeChange: [
      assertOwnVendor,
      restrictToPlatform(oms.code, 'Products'),
      enforceTierLimit({ collection: 'products', limit: 'products', what: 'Product', advice: 'Upgrade or archive products.' }),
    ],
  },
  fields: [
    vendorField(),
    platformField(),
    { name: 'title', type: 'text', required: true },
    { name: 'sku', type: 'text', required: true, index: true },
    centsField('price'),
    { name: 'description', type: 'textarea' },
    { name: 'letzshopProductId', type: 'text', index: true },
  ],
}

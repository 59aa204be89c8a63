import type { CollectionConfig } from 'payload'

import { centsField } from '@/fields/centsField'

/** OMS products; vendor ownership, access and limits come from the vendorOwned and tierLimits plugins. */
export const Products: CollectionConfig<'products'> = {
  slug: 'products',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'sku', 'price', 'vendor'] },
  indexes: [{ fields: ['vendor', 'sku'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'sku', type: 'text', required: true, index: true },
    centsField('price'),
    { name: 'description', type: 'textarea' },
    { name: 'letzshopProductId', type: 'text', index: true },
  ],
}

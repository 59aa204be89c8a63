import type { CollectionConfig } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { canCreateVendor, editableVendors, readableVendors } from '@/access/vendors'
import { slugField } from '@/fields/slugField'
import { removeVendorContent } from '@/hooks/removeVendorContent'

export const Vendors: CollectionConfig<'vendors'> = {
  slug: 'vendors',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'country', 'letzshopSlug'],
  },
  access: {
    read: readableVendors,
    create: canCreateVendor,
    update: editableVendors,
    delete: isSuperAdmin,
  },
  hooks: {
    beforeDelete: [removeVendorContent],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ unique: true }),
    { name: 'letzshopVendorId', type: 'text', index: true },
    { name: 'letzshopSlug', type: 'text', unique: true },
    { name: 'letzshopClaimedAt', type: 'date' },
    {
      name: 'country',
      type: 'text',
      defaultValue: 'LU',
      validate: (value: unknown) =>
        value === null || value === undefined || /^[A-Z]{2}$/.test(String(value)) || 'Use a two-letter ISO country code such as LU.',
    },
    { name: 'vatNumber', type: 'text' },
    { name: 'customDomain', type: 'text' },
  ],
}

import type { CollectionConfig, PayloadRequest } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { canCreateVendor, editableVendors, readableVendors } from '@/access/vendors'
import { countryField } from '@/fields/countryField'
import { slugField } from '@/fields/slugField'
import { t } from '@/i18n/t'
import { isKnownCountry } from '@/services/countries'
import { HOST_PATTERN } from '@/services/domains'
import { normalizeHost } from '@/services/platformContext'

import { guardVendorRecord } from './hooks/guardVendorRecord'

export const Vendors: CollectionConfig<'vendors'> = {
  slug: 'vendors',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'country', 'letzshopSlug'],
    components: { edit: { beforeDocumentControls: ['/admin/billing/VendorBillingLink#VendorBillingLink'] } },
  },
  access: {
    read: readableVendors,
    create: canCreateVendor,
    update: editableVendors,
    delete: isSuperAdmin,
  },
  hooks: {
    beforeChange: [guardVendorRecord],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ unique: true }),
    { name: 'letzshopVendorId', type: 'text', unique: true },
    { name: 'letzshopSlug', type: 'text', unique: true },
    { name: 'letzshopClaimedAt', type: 'date' },
    countryField('country', {
      defaultValue: 'LU',
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        value === null || value === undefined || isKnownCountry(value) || t(req, 'invalidCountryCode'),
    }),
    { name: 'vatNumber', type: 'text' },
    {
      name: 'customDomain',
      type: 'text',
      unique: true,
      admin: {
        description: 'Your storefront on your own domain (e.g. shop.example.lu); unique across platforms and shops.',
      },
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        value === null ||
        value === undefined ||
        value === '' ||
        (typeof value === 'string' && HOST_PATTERN.test(normalizeHost(value))) ||
        t(req, 'invalidHost'),
    },
  ],
}

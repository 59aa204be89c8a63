import type { CollectionConfig, PayloadRequest } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { platformConfigReaders } from '@/access/platformConfig'
import { managedPlatforms, visiblePlatforms } from '@/access/platforms'
import { slugField } from '@/fields/slugField'
import { t } from '@/i18n/t'
import { DEFAULT_GRACE_DAYS } from '@/services/dunning/timeline'

import { assertDomainsFree } from './hooks/assertDomainsFree'
import { guardPlatformIdentity } from './hooks/guardPlatformIdentity'
import { normalizePlatformDomains } from './hooks/normalizePlatformDomains'

export const Platforms: CollectionConfig<'platforms'> = {
  slug: 'platforms',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'isActive'],
  },
  access: {
    read: visiblePlatforms,
    create: isSuperAdmin,
    update: managedPlatforms,
    delete: isSuperAdmin,
  },
  hooks: {
    beforeValidate: [normalizePlatformDomains],
    beforeChange: [guardPlatformIdentity, assertDomainsFree],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ name: 'code', unique: true }),
    {
      name: 'domains',
      type: 'array',
      admin: { description: 'Host names that serve this platform (e.g. oms.example.lu).' },
      fields: [{ name: 'domain', type: 'text', required: true, unique: true }],
    },
    {
      name: 'pathPrefix',
      type: 'text',
      admin: { description: 'Local development prefix; defaults to /platforms/<code>.' },
    },
    {
      name: 'branding',
      type: 'group',
      fields: [
        { name: 'logoUrl', type: 'text' },
        {
          name: 'primaryColor',
          type: 'text',
          defaultValue: '#1f6feb',
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            value === null ||
            value === undefined ||
            value === '' ||
            /^#[0-9a-fA-F]{6}$/.test(String(value)) ||
            t(req, 'invalidHexColour'),
        },
        { name: 'tagline', type: 'text', localized: true },
      ],
    },
    {
      name: 'billing',
      type: 'group',
      fields: [
        {
          name: 'graceDays',
          type: 'number',
          defaultValue: DEFAULT_GRACE_DAYS,
          admin: { step: 1 },
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            value === null ||
            value === undefined ||
            (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 60) ||
            t(req, 'platformGraceDaysWhole'),
        },
      ],
    },
    { name: 'config', type: 'json', access: { read: platformConfigReaders } },
    { name: 'isActive', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
  ],
}

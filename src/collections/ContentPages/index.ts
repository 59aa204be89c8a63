import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slugField'

import { limitPageSize } from './hooks/limitPageSize'
import { normalizePageKind } from './hooks/normalizePageKind'

export const PAGE_TEMPLATES = ['default', 'landing', 'legal', 'contact'] as const

/** Vendor pages are vendor-owned rows (vendorOwned plugin, with platform rows); CMS limits come from tierLimits. */
export const ContentPages: CollectionConfig<'content-pages'> = {
  slug: 'content-pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'platform', 'vendor', 'isPlatformPage', '_status'],
    description:
      'Vendor overrides (with a vendor), vendor defaults (no vendor) and platform marketing pages (platform page ticked).',
    components: {
      edit: { beforeDocumentControls: ['/admin/contentPages/PageActions#PageActions'] },
    },
  },
  versions: { drafts: true, maxPerDoc: 25 },
  hooks: {
    beforeValidate: [normalizePageKind],
    beforeChange: [limitPageSize],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'content', type: 'richText', localized: true },
    {
      name: 'meta',
      type: 'group',
      label: 'SEO',
      fields: [
        { name: 'title', type: 'text', localized: true },
        { name: 'description', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'isPlatformPage',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: "The platform's own marketing page (no vendor)." },
    },
    slugField(),
    {
      name: 'template',
      type: 'select',
      defaultValue: 'default',
      options: PAGE_TEMPLATES.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    { name: 'showInHeader', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'showInFooter', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}

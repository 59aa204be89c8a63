import type { PayloadRequest, TextField } from 'payload'

import { t } from '@/i18n/t'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const isValidSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 100 && SLUG_PATTERN.test(value)

type Options = { name?: string; unique?: boolean; index?: boolean }

export const slugField = ({ name = 'slug', unique = false, index = true }: Options = {}): TextField => ({
  name,
  type: 'text',
  required: true,
  unique,
  index: unique ? undefined : index,
  validate: (value: unknown, { req }: { req: PayloadRequest }) => isValidSlug(value) || t(req, 'invalidSlug'),
  admin: { position: 'sidebar' },
})

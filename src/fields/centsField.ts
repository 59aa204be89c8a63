import type { NumberField, Validate } from 'payload'

import { formatMoney } from '@/i18n/format'
import { requestLanguage, t } from '@/i18n/t'

/** 10 million euros: with quantities bounded too, a line total stays far below Number.MAX_SAFE_INTEGER. */
export const MAX_CENTS = 1_000_000_000

/** How the admin shows and takes money (src/admin/fields/MoneyField.tsx): euros in the admin's language. */
export const MONEY_ADMIN = {
  components: {
    Field: '/admin/fields/MoneyField#MoneyField',
    Cell: '/admin/fields/MoneyCell#MoneyCell',
  },
} as const

type Options = {
  label?: string
  required?: boolean
  defaultValue?: number
  description?: string
  /** Computed by the server: shown, never typed (and its own validation, e.g. signed amounts). */
  readOnly?: boolean
  validate?: Validate
}

/**
 * Money: whole cents (EUR), 0 to MAX_CENTS unless `validate` says otherwise. The API reads and writes integer
 * cents; the admin shows and takes euros in its language ("76,50 €", "€76.50").
 */
export const centsField = (
  name: string,
  { label, required = true, defaultValue, description, readOnly, validate }: Options = {},
): NumberField => ({
  name,
  label,
  type: 'number',
  required,
  ...(validate ? {} : { min: 0, max: MAX_CENTS }),
  defaultValue,
  admin: { ...MONEY_ADMIN, ...(description ? { description } : {}), ...(readOnly ? { readOnly } : {}) },
  validate: validate ?? validateCents(required),
})

const validateCents =
  (required: boolean): Validate =>
  (value, { req }) => {
    if (!required && (value === null || value === undefined)) return true
    if (Number.isInteger(value) && Number(value) >= 0 && Number(value) <= MAX_CENTS) return true
    const language = requestLanguage(req)
    return t(req, 'moneyOutOfRange', { min: formatMoney(0, language), max: formatMoney(MAX_CENTS, language) })
  }

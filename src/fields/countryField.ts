import type { TextField, Validate } from 'payload'

import { t } from '@/i18n/t'
import { isKnownCountry } from '@/services/countries'

type Options = { required?: boolean; defaultValue?: string; validate?: Validate }

const validateCountry: Validate = (value, { req }) =>
  value === null ||
  value === undefined ||
  value === '' ||
  isKnownCountry(value) ||
  t(req, 'invoiceCountryUnknown', { country: String(value) })

/**
 * A country: stored and answered as its ISO 3166-1 alpha-2 code ("LU"), chosen in the admin from the countries
 * named in the admin's language (src/admin/fields/CountryField.tsx; the list is src/services/countries.ts).
 */
export const countryField = (
  name: string,
  { required = false, defaultValue, validate = validateCountry }: Options = {},
): TextField => ({
  name,
  type: 'text',
  required,
  maxLength: 2,
  defaultValue,
  validate,
  admin: { components: { Field: '/admin/fields/CountryField#CountryField' } },
})

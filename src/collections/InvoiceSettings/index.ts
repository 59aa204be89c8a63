import type { CollectionConfig, Validate } from 'payload'

import { centsField } from '@/fields/centsField'
import { countryField } from '@/fields/countryField'
import { electronicAddressField } from '@/fields/electronicAddressField'
import { featureGate } from '@/hooks/featureGate'
import { t } from '@/i18n/t'
import { forgetInvoiceSettings } from '@/services/invoices/priceInvoice'
import {
  DEFAULT_CREDIT_NOTE_PREFIX,
  DEFAULT_NUMBER_PATTERN,
  DEFAULT_NUMBER_PREFIX,
  decodeLogo,
  isValidBic,
  isValidIban,
  MAX_LOGO_BYTES,
  patternProblem,
} from '@/services/invoices/settingsRules'
import { isLocale, LOCALES } from '@/services/locales'
import { checkSellerVatNumber } from '@/services/vat'
import { SELLER_VAT_STATUSES, type SellerVatStatus } from '@/services/vat/types'
import { relationId } from '@/utilities/relationId'

import { logoFromUpload } from './hooks/logoFromUpload'
import { normaliseInvoiceSettings } from './hooks/normaliseInvoiceSettings'
import { separateNumberSeries } from './hooks/separateNumberSeries'

const empty = (value: unknown) => value === null || value === undefined || value === ''

const validateVatNumber: Validate = (value, { data, req }) => {
  if (empty(value)) return true
  const country = (data as { address?: { country?: string } })?.address?.country
  if (typeof value !== 'string' || !country) return t(req, 'invoiceSellerVatInvalid', { vat: String(value) })
  const check = checkSellerVatNumber(value, country)
  if (check.valid) return true
  if (check.formatValid) return t(req, 'invoiceSellerVatWrongCountry', { vat: value, country })
  return t(req, 'invoiceSellerVatInvalid', { vat: value, country })
}

/** `franchise` is Luxembourg's franchise for small enterprises: for sellers established in Luxembourg only. */
const validateVatStatus: Validate = (value, { data, req }) => {
  if (!SELLER_VAT_STATUSES.includes(value as SellerVatStatus)) return t(req, 'invoiceVatStatusInvalid')
  const country = (data as { address?: { country?: string } })?.address?.country
  return value !== 'franchise' || country === 'LU' || t(req, 'invoiceFranchiseLuxembourgOnly')
}

const validateIban: Validate = (value, { req }) =>
  empty(value) || (typeof value === 'string' && isValidIban(value)) || t(req, 'invoiceIbanInvalid')
const validateBic: Validate = (value, { req }) =>
  empty(value) || (typeof value === 'string' && isValidBic(value)) || t(req, 'invoiceBicInvalid')

const validatePattern: Validate = (value, { req }) => {
  if (empty(value)) return true
  const problem = typeof value === 'string' ? patternProblem(value) : 'length'
  return problem === null || t(req, 'invoicePatternInvalid', { pattern: String(value) })
}

const validatePrefix: Validate = (value, { req }) =>
  empty(value) ||
  (typeof value === 'string' && value.length <= 20 && !/[{}\s]/.test(value)) ||
  t(req, 'invoicePrefixInvalid')

const validateLogo: Validate = (value, { req }) => {
  if (empty(value)) return true
  const logo = typeof value === 'string' ? decodeLogo(value) : 'format'
  if (logo === 'size') return t(req, 'invoiceLogoTooLarge', { kb: MAX_LOGO_BYTES / 1024 })
  return logo !== 'format' || t(req, 'invoiceLogoFormat')
}

const validateTerms: Validate = (value, { req }) =>
  (Number.isInteger(value) && Number(value) >= 0 && Number(value) <= 365) || t(req, 'invoicePaymentTerms')

/**
 * A vendor's invoicing details (one row per vendor): the seller on its invoices, its number series and its
 * OSS position. Issued invoices keep a copy (sellerSnapshot), so later edits never change them.
 */
export const InvoiceSettings: CollectionConfig<'vendor-invoice-settings'> = {
  slug: 'vendor-invoice-settings',
  admin: { useAsTitle: 'legalName', defaultColumns: ['legalName', 'vatNumber', 'numberPrefix', 'vendor'] },
  indexes: [{ fields: ['vendor'], unique: true }],
  hooks: {
    beforeValidate: [normaliseInvoiceSettings],
    beforeChange: [featureGate('invoicing'), separateNumberSeries, logoFromUpload],
    afterChange: [({ req }) => void forgetInvoiceSettings(req)],
  },
  fields: [
    { name: 'legalName', type: 'text', required: true, maxLength: 200 },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true, maxLength: 200 },
        { name: 'postalCode', type: 'text', required: true, maxLength: 20 },
        { name: 'city', type: 'text', required: true, maxLength: 100 },
        countryField('country', { required: true, defaultValue: 'LU' }),
      ],
    },
    { name: 'vatNumber', type: 'text', maxLength: 20, validate: validateVatNumber },
    {
      name: 'vatStatus',
      type: 'select',
      required: true,
      defaultValue: 'registered',
      options: [...SELLER_VAT_STATUSES],
      validate: validateVatStatus,
    },
    { name: 'taxNumber', type: 'text', maxLength: 20 },
    { name: 'rcsNumber', type: 'text', maxLength: 40 },
    { name: 'email', type: 'email' },
    electronicAddressField(
      'Peppol electronic address (EAS scheme + identifier), e.g. 9938 + LU12345678. Empty: derived from the VAT number.',
    ),
    { name: 'iban', type: 'text', maxLength: 42, validate: validateIban },
    { name: 'bic', type: 'text', maxLength: 11, validate: validateBic },
    {
      name: 'numberPrefix',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_NUMBER_PREFIX,
      validate: validatePrefix,
    },
    {
      name: 'numberPattern',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_NUMBER_PATTERN,
      validate: validatePattern,
    },
    {
      name: 'creditNotePrefix',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_CREDIT_NOTE_PREFIX,
      validate: validatePrefix,
    },
    {
      name: 'creditNotePattern',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_NUMBER_PATTERN,
      validate: validatePattern,
    },
    {
      name: 'paymentTermsDays',
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 0,
      max: 365,
      validate: validateTerms,
    },
    { name: 'footer', type: 'textarea', maxLength: 1000 },
    {
      name: 'logoFile',
      type: 'upload',
      relationTo: 'invoice-logos',
      // The picker lists the vendor's own logos only (the collection's access is the boundary).
      filterOptions: ({ data }) => (data?.vendor ? { vendor: { equals: relationId(data.vendor) } } : true),
    },
    // The logo the documents print, as a data: URL: filled from `logoFile` (logoFromUpload), or sent by API clients.
    { name: 'logo', type: 'textarea', validate: validateLogo, admin: { hidden: true } },
    {
      name: 'language',
      type: 'select',
      options: [...LOCALES],
      // The shop's language: new invoices are written in it unless the customer speaks another.
      defaultValue: ({ req }) => (isLocale(req?.i18n?.language) ? req.i18n.language : undefined),
    },
    { name: 'ossRegistered', type: 'checkbox', defaultValue: false },
    centsField('euDistanceSalesPreviousYear', { defaultValue: 0 }),
    centsField('turnoverPreviousYear', { defaultValue: 0 }),
  ],
}

import type { CollectionConfig, Field, FieldHook, Validate } from 'payload'

import { draftInvoiceOnly } from '@/access/draftInvoiceOnly'
import { centsField, MAX_CENTS } from '@/fields/centsField'
import { countryField } from '@/fields/countryField'
import { electronicAddressField } from '@/fields/electronicAddressField'
import { isQuantity, MAX_QUANTITY } from '@/fields/quantityField'
import { featureGate } from '@/hooks/featureGate'
import { type Message, t } from '@/i18n/t'
import { defaultCustomerLocale } from '@/services/invoices/defaultCustomerLocale'
import { LOCALES } from '@/services/locales'
import { VAT_CATEGORIES, VAT_TREATMENTS } from '@/services/vat/types'

import { computeDraftAmounts } from './hooks/computeDraftAmounts'
import { freezeOrderReference } from './hooks/freezeOrderReference'
import { guardInvoiceWrites, refuseIssuedInvoiceDeletes } from './hooks/guardInvoiceWrites'

export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'credited'] as const
export const INVOICE_KINDS = ['invoice', 'credit_note'] as const
export const MAX_DESCRIPTION = 500
export const MAX_INVOICE_LINES = 200

const validateSignedCents: Validate = (value, { req }) =>
  value === null ||
  value === undefined ||
  (Number.isInteger(value) && Math.abs(Number(value)) <= MAX_CENTS * MAX_QUANTITY) ||
  t(req, 'invoiceSignedCents', { max: MAX_CENTS * MAX_QUANTITY })

/** Whole cents, negative on credit notes; computed by the server, never taken from the client. */
const readOnlyCents = (name: string): Field =>
  centsField(name, { required: false, readOnly: true, validate: validateSignedCents })
const signedCents = (name: string): Field => ({ ...readOnlyCents(name), access: serverComputed }) as Field

/**
 * Amounts, rates and the VAT treatment come from the server (computeDraftAmounts): read-only in the admin, and
 * whatever a client sends for them (the admin's form sends them back) is dropped before the hook fills them in.
 */
const serverComputed = { create: () => false, update: () => false }

const validateQuantity: Validate = (value, { req }) =>
  isQuantity(value) || t(req, 'invoiceQuantity', { max: MAX_QUANTITY })

const validateUnitPrice: Validate = (value, { req, data }) => {
  // Credit notes carry their original's prices negated; only the service writes those.
  const limit = (data as { kind?: string })?.kind === 'credit_note' ? -MAX_CENTS : 0
  return (
    (Number.isInteger(value) && Number(value) >= limit && Number(value) <= MAX_CENTS) ||
    t(req, 'invoiceUnitPrice', { max: MAX_CENTS })
  )
}

/** Shown as text, not inputs (src/admin/fields/ReadOnlyGroupField.tsx). */
const readOnlyGroup = (clientProps: { money?: string[]; empty: Message }) => ({
  path: '/admin/fields/ReadOnlyGroupField#ReadOnlyGroupField',
  clientProps,
})

const positivePrice: FieldHook = ({ value }) => (typeof value === 'number' ? Math.abs(value) : value)

const postalAddress = (required: boolean): Field => ({
  name: 'address',
  type: 'group',
  fields: [
    { name: 'street', type: 'text', required, maxLength: 200 },
    { name: 'postalCode', type: 'text', required, maxLength: 20 },
    { name: 'city', type: 'text', required, maxLength: 100 },
    countryField('country', { required }),
  ],
})

/** Every field takes changes only on drafts (draftInvoiceOnly), unless it has stricter access of its own. */
const editableWhileDraft = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.type !== 'ui' && !('access' in field && field.access)
      ? ({ ...field, access: { update: draftInvoiceOnly } } as Field)
      : field,
  )

/**
 * Invoices and credit notes of a vendor. Drafts are priced by the server on every write (computeDraftAmounts);
 * issuing, crediting and payment go through src/services/invoices, which numbers them in the issuing
 * transaction. Issued invoices never change again (guardInvoiceWrites), whoever asks. Duplicating any of them
 * gives a new draft invoice with its customer, supply and lines: what issuing, the order and VIES gave
 * (`disableDuplicate`) is not copied, and the amounts are priced again.
 */
export const Invoices: CollectionConfig<'invoices'> = {
  slug: 'invoices',
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'status', 'customer.name', 'totals.gross', 'issueDate', 'vendor'],
    components: {
      edit: {
        beforeDocumentControls: ['/admin/invoices/InvoiceActions#InvoiceActions'],
        editMenuItems: ['/admin/invoices/InvoiceMenuItems#InvoiceMenuItems'],
        SaveButton: '/admin/invoices/InvoiceSaveButton#InvoiceSaveButton',
      },
    },
  },
  // "number" is unique per vendor (drafts have none: NULLs do not collide). One invoice per order that is not
  // credited is a partial unique index of the migration (Payload cannot declare partial indexes).
  indexes: [{ fields: ['vendor', 'number'], unique: true }],
  hooks: {
    beforeChange: [featureGate('invoicing'), guardInvoiceWrites, computeDraftAmounts, freezeOrderReference],
    beforeDelete: [refuseIssuedInvoiceDeletes],
  },
  fields: editableWhileDraft([
    { name: 'issuedNotice', type: 'ui', admin: { components: { Field: '/admin/invoices/IssuedNotice#IssuedNotice' } } },
    { name: 'number', type: 'text', index: true, disableDuplicate: true, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'invoice',
      options: [...INVOICE_KINDS],
      disableDuplicate: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [...INVOICE_STATUSES],
      index: true,
      disableDuplicate: true,
      admin: { readOnly: true },
    },
    // One invoice per order: a copy is not linked to it.
    { name: 'order', type: 'relationship', relationTo: 'orders', index: true, disableDuplicate: true },
    { name: 'supply', type: 'select', required: true, defaultValue: 'goods', options: ['goods', 'services'] },
    {
      name: 'customer',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200 },
        { name: 'email', type: 'email' },
        { name: 'type', type: 'select', required: true, defaultValue: 'consumer', options: ['consumer', 'business'] },
        { name: 'vatNumber', type: 'text', maxLength: 20 },
        electronicAddressField(
          "The buyer's Peppol electronic address. Empty: derived from a valid business VAT number; consumers have none.",
        ),
        postalAddress(true),
        // The shop's invoice language (its settings) unless the customer speaks another.
        { name: 'locale', type: 'select', required: true, defaultValue: defaultCustomerLocale, options: [...LOCALES] },
      ],
    },
    {
      name: 'lines',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: MAX_INVOICE_LINES,
      fields: [
        { name: 'description', type: 'text', required: true, maxLength: MAX_DESCRIPTION },
        {
          name: 'quantity',
          type: 'number',
          required: true,
          min: 1,
          max: MAX_QUANTITY,
          admin: { step: 1 },
          validate: validateQuantity,
        },
        // A credit note's lines carry its invoice's prices negated: its copy is an invoice with them positive.
        { ...centsField('unitPrice', { validate: validateUnitPrice }), hooks: { beforeDuplicate: [positivePrice] } },
        { name: 'vatCategory', type: 'select', required: true, defaultValue: 'standard', options: [...VAT_CATEGORIES] },
        { name: 'vatRate', type: 'number', access: serverComputed, admin: { readOnly: true } },
        signedCents('net'),
        signedCents('vat'),
        signedCents('gross'),
      ],
    },
    {
      name: 'vatBreakdown',
      type: 'array',
      access: serverComputed,
      admin: { readOnly: true },
      fields: [{ name: 'vatRate', type: 'number' }, signedCents('net'), signedCents('vat')],
    },
    {
      name: 'totals',
      type: 'group',
      admin: {
        readOnly: true,
        components: { Field: readOnlyGroup({ money: ['net', 'vat', 'gross'], empty: 'invoiceTotalsPending' }) },
      },
      // No field access inside groups: Payload 3.90's edit view then shows a saved document's group without its
      // fields. computeDraftAmounts replaces whatever was sent before validation.
      fields: [readOnlyCents('net'), readOnlyCents('vat'), readOnlyCents('gross')],
    },
    {
      name: 'currency',
      type: 'select',
      required: true,
      defaultValue: 'EUR',
      options: ['EUR'],
      admin: { readOnly: true },
    },
    { name: 'supplyDate', type: 'date', disableDuplicate: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'issueDate',
      type: 'date',
      index: true,
      disableDuplicate: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'dueDate',
      type: 'date',
      disableDuplicate: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'creditNoteFor',
      type: 'relationship',
      relationTo: 'invoices',
      disableDuplicate: true,
      admin: { readOnly: true },
    },
    {
      name: 'vatTreatment',
      type: 'select',
      options: [...VAT_TREATMENTS],
      access: serverComputed,
      admin: { readOnly: true },
    },
    { name: 'vatNote', type: 'textarea', access: serverComputed, admin: { readOnly: true } },
    { name: 'customerVatValid', type: 'checkbox', access: serverComputed, admin: { readOnly: true } },
    { name: 'rateCountry', type: 'text', access: serverComputed, admin: { readOnly: true } },
    {
      name: 'vies',
      type: 'group',
      disableDuplicate: true,
      admin: { readOnly: true, components: { Field: readOnlyGroup({ empty: 'invoiceViesNotChecked' }) } },
      fields: [
        { name: 'status', type: 'select', options: ['valid', 'invalid', 'unavailable'] },
        { name: 'checkedAt', type: 'date' },
        { name: 'vatNumber', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'address', type: 'textarea' },
        { name: 'requestIdentifier', type: 'text' },
        { name: 'error', type: 'text' },
      ],
    },
    { name: 'sellerSnapshot', type: 'json', disableDuplicate: true, admin: { readOnly: true } },
  ]),
}

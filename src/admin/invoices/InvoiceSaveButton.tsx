'use client'

import { SaveButton } from '@payloadcms/ui'

import { useInvoiceView } from './useInvoiceAction'

/** Payload's Save, on new invoices and drafts only: an issued invoice never changes (its fields are read-only too). */
export function InvoiceSaveButton() {
  const { id, status } = useInvoiceView()
  if (id && status && status !== 'draft') return null
  return <SaveButton />
}

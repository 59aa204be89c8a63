'use client'

import { toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { Message } from '@/i18n/t'

import { useAdminText } from '../useAdminText'

export type InvoiceView = {
  id: number | string | undefined
  status: string | undefined
  kind: string | undefined
  hasEmail: boolean
}

/** The invoice the edit view shows, as last saved. */
export function useInvoiceView(): InvoiceView {
  const { id, data } = useDocumentInfo()
  const invoice = data as { status?: string; kind?: string; customer?: { email?: string | null } } | undefined
  return { id, status: invoice?.status, kind: invoice?.kind, hasEmail: Boolean(invoice?.customer?.email) }
}

/** Where an invoice's endpoints and admin pages are. */
export function useInvoiceUrls(id: number | string | undefined) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}/vendor/invoices/${id}`
  return {
    api,
    pdf: `${api}/pdf`,
    facturX: `${api}/pdf?format=facturx`,
    xml: `${api}/xml`,
    admin: (invoiceId: number) => `${config.routes.admin}/collections/invoices/${invoiceId}`,
  }
}

type Action = { path: 'issue' | 'credit-note' | 'mark-paid'; body?: unknown; done: Message; openResult?: boolean }

/**
 * Posts one of /api/vendor/invoices/:id/{issue,credit-note,mark-paid}, which decide everything, and says how it
 * went in Payload's toast; then shows the invoice as it now is (the credit note, for a credit note).
 */
export function useInvoiceAction(id: number | string | undefined) {
  const router = useRouter()
  const urls = useInvoiceUrls(id)
  const { t } = useAdminText()
  const [busy, setBusy] = useState(false)

  async function run({ path, body = {}, done, openResult }: Action) {
    setBusy(true)
    try {
      const response = await fetch(`${urls.api}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(answer?.errors?.[0]?.message ?? t('invoiceActionFailed'))
        return
      }
      toast.success(t(done, { number: answer?.invoice?.number ?? '' }), { duration: 8000 })
      if (openResult && answer?.invoice?.id) router.push(urls.admin(answer.invoice.id))
      else router.refresh()
    } catch {
      toast.error(t('invoiceActionFailed'))
    } finally {
      setBusy(false)
    }
  }

  return { busy, run }
}

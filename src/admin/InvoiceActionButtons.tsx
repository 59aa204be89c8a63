'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export type InvoiceActionTexts = {
  issue: string
  issueEmail: string
  credit: string
  paid: string
  pdf: string
  facturX: string
  xml: string
  confirmCredit: string
  done: string
  failed: string
}

type Props = { id: number; status: string; kind: string; hasEmail: boolean; texts: InvoiceActionTexts }

type State =
  { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; message: string } | { kind: 'error'; message: string }

/** The buttons of one invoice; each posts to its endpoint and shows the answer's message, then reloads the view. */
export function InvoiceActionButtons({ id, status, kind, hasEmail, texts }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const base = `${config.serverURL}${config.routes.api}/vendor/invoices/${id}`

  async function post(action: string, body: unknown, goTo?: (invoiceId: number) => string) {
    setState({ kind: 'sending' })
    try {
      const response = await fetch(`${base}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok) {
        setState({ kind: 'error', message: answer?.errors?.[0]?.message ?? texts.failed })
        return
      }
      setState({ kind: 'done', message: texts.done.replace('{{number}}', answer?.invoice?.number ?? '') })
      if (goTo && answer?.invoice?.id) router.push(goTo(answer.invoice.id))
      else router.refresh()
    } catch {
      setState({ kind: 'error', message: texts.failed })
    }
  }

  const busy = state.kind === 'sending'
  const adminInvoice = (invoiceId: number) => `${config.routes.admin}/collections/invoices/${invoiceId}`
  return (
    <div data-invoice-actions style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      {status === 'draft' && (
        <>
          <Button size="small" disabled={busy} onClick={() => post('issue', {})}>
            {texts.issue}
          </Button>
          {hasEmail && (
            <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => post('issue', { email: true })}>
              {texts.issueEmail}
            </Button>
          )}
        </>
      )}
      {kind === 'invoice' && status === 'issued' && (
        <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => post('mark-paid', {})}>
          {texts.paid}
        </Button>
      )}
      {kind === 'invoice' && (status === 'issued' || status === 'paid') && (
        <Button
          size="small"
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => window.confirm(texts.confirmCredit) && post('credit-note', {}, adminInvoice)}
        >
          {texts.credit}
        </Button>
      )}
      <Button size="small" buttonStyle="secondary" el="anchor" url={`${base}/pdf`} newTab>
        {texts.pdf}
      </Button>
      <Button size="small" buttonStyle="secondary" el="anchor" url={`${base}/pdf?format=facturx`} newTab>
        {texts.facturX}
      </Button>
      <Button size="small" buttonStyle="secondary" el="anchor" url={`${base}/xml`} newTab>
        {texts.xml}
      </Button>
      {state.kind === 'done' && <span role="status">{state.message}</span>}
      {state.kind === 'error' && (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {state.message}
        </span>
      )}
    </div>
  )
}

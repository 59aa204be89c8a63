'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'

export type LetzshopClaimTexts = {
  title: string
  intro: string
  label: string
  button: string
  done: string
  network: string
}

type State =
  { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; message: string } | { kind: 'error'; message: string }

/** The claim form of one vendor: posts to /api/vendor/letzshop-claim and shows the answer or its error message. */
export function LetzshopClaimForm({ vendorSlug, texts }: { vendorSlug: string; texts: LetzshopClaimTexts }) {
  const { config } = useConfig()
  const [reference, setReference] = useState('')
  const [state, setState] = useState<State>({ kind: 'idle' })
  const inputId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    setState({ kind: 'sending' })
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/vendor/letzshop-claim`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ vendor: vendorSlug, letzshopUrl: reference.trim() }),
      })
      const body = await response.json().catch(() => null)
      if (response.ok) {
        setState({ kind: 'done', message: texts.done.replace('{{slug}}', body?.vendor?.letzshopSlug ?? '') })
      } else {
        setState({ kind: 'error', message: body?.errors?.[0]?.message ?? texts.network })
      }
    } catch {
      setState({ kind: 'error', message: texts.network })
    }
  }

  if (state.kind === 'done') return <p role="status">{state.message}</p>
  return (
    <form onSubmit={submit} aria-label={texts.title}>
      <p style={{ margin: '0 0 8px', fontSize: 13 }}>{texts.intro}</p>
      <label htmlFor={inputId} style={{ display: 'block', fontSize: 13, marginBottom: 4 }}>
        {texts.label}
      </label>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <input
          id={inputId}
          className="field-type text"
          style={{ flex: 1, padding: '6px 8px' }}
          value={reference}
          onChange={(event) => setReference(event.target.value)}
          placeholder="https://letzshop.lu/fr/vendors/…"
          required
          maxLength={500}
        />
        <Button
          type="submit"
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={state.kind === 'sending' || reference.trim() === ''}
        >
          {texts.button}
        </Button>
      </div>
      {state.kind === 'error' ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontSize: 13, margin: '8px 0 0' }}>
          {state.message}
        </p>
      ) : null}
    </form>
  )
}

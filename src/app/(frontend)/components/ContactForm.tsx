'use client'

import { useState } from 'react'

import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'

import { Field } from './signup/Field'
import { signupApiError } from './signup/signupApi'

type Props = { platformCode: string; locale: Locale }

type State =
  { status: 'idle' | 'sending' | 'sent' } | { status: 'failed'; message: string; fields: Record<string, string> }

/** The contact form: POST /api/platform/contact, its answer's messages (in the page's language) next to the fields. */
export function ContactForm({ platformCode, locale }: Props) {
  const text = siteText(locale).contact
  const [state, setState] = useState<State>({ status: 'idle' })
  const fields = state.status === 'failed' ? state.fields : {}

  async function send(form: HTMLFormElement) {
    setState({ status: 'sending' })
    const data = new FormData(form)
    const body = {
      platform: platformCode,
      name: String(data.get('name') ?? ''),
      email: String(data.get('email') ?? ''),
      message: String(data.get('message') ?? ''),
      locale,
    }
    try {
      const response = await fetch('/api/platform/contact', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
        body: JSON.stringify(body),
        credentials: 'omit',
      })
      if (response.ok) {
        form.reset()
        setState({ status: 'sent' })
        return
      }
      const error = signupApiError(response.status, await response.json().catch(() => null), text.failed)
      setState({ status: 'failed', message: error.message, fields: error.fields })
    } catch {
      setState({ status: 'failed', message: text.failed, fields: {} })
    }
  }

  return (
    <form
      className="contact__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void send(event.currentTarget)
      }}
    >
      <Field id="contact-name" label={text.name} error={fields.name}>
        {(aria) => <input {...aria} name="name" autoComplete="name" required maxLength={100} />}
      </Field>
      <Field id="contact-email" label={text.email} error={fields.email}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" required maxLength={254} />}
      </Field>
      <Field id="contact-message" label={text.message} error={fields.message}>
        {(aria) => <textarea {...aria} name="message" rows={6} required minLength={10} maxLength={5000} />}
      </Field>
      <p
        role="status"
        aria-live="polite"
        className={state.status === 'failed' ? 'contact__result field__error' : 'contact__result'}
      >
        {state.status === 'sent' && text.sent}
        {state.status === 'failed' && state.message}
      </p>
      <button className="button" type="submit" disabled={state.status === 'sending'}>
        {state.status === 'sending' ? text.sending : text.send}
      </button>
    </form>
  )
}

'use client'

import { useState } from 'react'

import type { SignupDictionary } from '@/i18n/site'

import { Field } from './Field'
import type { LetzshopShop, SignupApi, SignupProgress } from './signupApi'

type Props = {
  text: SignupDictionary
  api: SignupApi
  sessionId: string
  shop: SignupProgress['shop']
  busy: boolean
  setBusy: (busy: boolean) => void
  onClaimed: (progress: SignupProgress) => void
}

/** The shop's logo, or its initial when it has none or the image does not load. */
function ShopLogo({ shop }: { shop: LetzshopShop }) {
  const [failed, setFailed] = useState(false)
  if (shop.logoUrl && !failed) {
    // eslint-disable-next-line @next/next/no-img-element -- a logo on any host, unknown to next/image
    return <img src={shop.logoUrl} alt="" width={40} height={40} onError={() => setFailed(true)} />
  }
  return (
    <span className="shop-result__mark" aria-hidden="true">
      {shop.name.charAt(0)}
    </span>
  )
}

/** Step 2 (optional): search Letzshop for the shop, or paste its page's address, and claim it. */
export function ShopStep({ text, api, sessionId, shop, busy, setBusy, onClaimed }: Props) {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<LetzshopShop[] | null>(null)
  const [url, setUrl] = useState('')
  const [errors, setErrors] = useState<{ search?: string; url?: string }>({})
  const [choosing, setChoosing] = useState(!shop)
  const [contact, setContact] = useState<string | null>(null)

  const search = async (event: React.FormEvent) => {
    event.preventDefault()
    if (query.trim().length < 2) return setErrors({ search: text.shop.searchTooShort })
    setBusy(true)
    const answer = await api.searchShops(query.trim())
    setBusy(false)
    if (!answer.ok) return setErrors({ search: answer.error.fields.q ?? answer.error.message })
    setErrors({})
    setResults(answer.data.vendors)
  }

  const claim = async (reference: { letzshopSlug: string } | { letzshopUrl: string }, field: 'search' | 'url') => {
    setBusy(true)
    const answer = await api.claim(sessionId, reference)
    setBusy(false)
    if (!answer.ok) {
      setContact(answer.error.contact ?? null)
      setErrors({
        [field]: answer.error.fields.letzshopSlug ?? answer.error.fields.letzshopUrl ?? answer.error.message,
      })
      document.getElementById(field === 'url' ? 'shop-url' : 'shop-search')?.focus()
      return
    }
    setErrors({})
    setContact(null)
    onClaimed(answer.data)
  }

  if (shop && !choosing) {
    return (
      <div className="shop-chosen">
        <p>
          <strong>{text.shop.yours(shop.name)}</strong>
        </p>
        <button type="button" className="button button--secondary" onClick={() => setChoosing(true)}>
          {text.shop.change}
        </button>
      </div>
    )
  }

  return (
    <>
      <p className="wizard__intro">{text.shop.intro}</p>
      <form className="inline-form" onSubmit={search} role="search">
        <Field id="shop-search" label={text.shop.searchLabel} hint={text.shop.searchHint} error={errors.search}>
          {(aria) => (
            <input
              {...aria}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="organization"
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {text.shop.search}
        </button>
      </form>
      {results && (
        <div className="shop-results">
          <p role="status">{results.length > 0 ? text.shop.results(results.length) : text.shop.noResults}</p>
          <ul>
            {results.map((each) => (
              <li key={each.id} className="shop-result" data-slug={each.slug}>
                <ShopLogo shop={each} />
                <span className="shop-result__text">
                  <strong>{each.name}</strong>
                  <span>{[each.city, each.country].filter(Boolean).join(', ')}</span>
                </span>
                {each.taken && shop?.id !== each.id ? (
                  <span className="shop-result__taken">
                    {each.taken.message} {each.taken.contact && <a href={each.taken.contact}>{text.shop.writeToUs}</a>}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => claim({ letzshopSlug: each.slug }, 'search')}
                  >
                    {text.shop.claim(each.name)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          void claim({ letzshopUrl: url.trim() }, 'url')
        }}
      >
        <Field id="shop-url" label={text.shop.urlLabel} hint={text.shop.urlHint} error={errors.url}>
          {(aria) => (
            <input {...aria} type="url" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy || url.trim() === ''}>
          {text.shop.useUrl}
        </button>
      </form>
      {contact && (errors.search || errors.url) && (
        <p>
          <a href={contact}>{text.shop.writeToUs}</a>
        </p>
      )}
    </>
  )
}

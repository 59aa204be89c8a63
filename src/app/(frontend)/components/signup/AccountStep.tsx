'use client'

import { SIGNUP_COUNTRIES, type SignupDictionary } from '@/i18n/site'

import { Field } from './Field'
import type { AccountValues } from './types'

type Props = {
  text: SignupDictionary
  values: AccountValues
  errors: Partial<Record<keyof AccountValues, string>>
  onChange: (values: AccountValues) => void
}

/** Step 3: the owner's login and the company (the wizard's form submits it). */
export function AccountStep({ text, values, errors, onChange }: Props) {
  const set = (key: keyof AccountValues) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...values, [key]: event.target.value })
  const t = text.account
  return (
    <>
      <p className="wizard__intro">{t.intro}</p>
      <Field id="account-email" label={t.email} error={errors.email}>
        {(aria) => (
          <input
            {...aria}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={values.email}
            onChange={set('email')}
          />
        )}
      </Field>
      <Field id="account-password" label={t.password} hint={t.passwordHint} error={errors.password}>
        {(aria) => (
          <input
            {...aria}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            value={values.password}
            onChange={set('password')}
          />
        )}
      </Field>
      <Field id="account-companyName" label={t.companyName} error={errors.companyName}>
        {(aria) => (
          <input
            {...aria}
            name="companyName"
            type="text"
            autoComplete="organization"
            required
            maxLength={200}
            value={values.companyName}
            onChange={set('companyName')}
          />
        )}
      </Field>
      <Field id="account-country" label={t.country} error={errors.country}>
        {(aria) => (
          <select {...aria} name="country" autoComplete="country" value={values.country} onChange={set('country')}>
            {SIGNUP_COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {text.countries[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="account-vatNumber" label={`${t.vatNumber} (${t.optional})`} hint={t.vatHint} error={errors.vatNumber}>
        {(aria) => (
          <input
            {...aria}
            name="vatNumber"
            type="text"
            autoComplete="off"
            maxLength={30}
            value={values.vatNumber}
            onChange={set('vatNumber')}
          />
        )}
      </Field>
    </>
  )
}

/** The checks the browser can make before asking the server, in the visitor's language. */
export function accountProblems(
  text: SignupDictionary,
  values: AccountValues,
): Partial<Record<keyof AccountValues, string>> {
  const problems: Partial<Record<keyof AccountValues, string>> = {}
  const email = values.email.trim()
  if (email === '') problems.email = text.account.errors.emailRequired
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = text.account.errors.emailInvalid
  if (values.password.length < 10 || values.password.length > 200)
    problems.password = text.account.errors.passwordLength
  if (values.companyName.trim() === '') problems.companyName = text.account.errors.companyRequired
  return problems
}

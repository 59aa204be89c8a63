'use client'

import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useState } from 'react'

import { formatMoney } from '@/i18n/format'
import { centsToInput, parseMoneyInput } from '@/services/money'

import { useAdminText } from '../useAdminText'

/**
 * The admin input of a money field (src/fields/centsField.ts): the value stays integer cents, the input shows
 * "76,50 €" (fr, de) or "€76.50" (en) and takes euros as typed in the admin's language ("76,50", "76.50").
 * While focused it shows the bare amount; text that is not an amount keeps the last value and says so.
 */
export const MoneyField: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { language, t } = useAdminText()
  const { disabled, path, setValue, showError, value } = useField<number | null>({
    potentiallyStalePath: pathFromProps,
  })
  const [editing, setEditing] = useState<string | null>(null)
  const cents = typeof value === 'number' && Number.isFinite(value) ? value : null
  const invalid = editing !== null && editing.trim() !== '' && parseMoneyInput(editing, language) === null
  const locked = Boolean(readOnly || disabled)
  const shown = editing ?? (cents === null ? '' : formatMoney(cents, language))
  const id = `field-${path.replace(/\./g, '__')}`

  return (
    <div
      className={['field-type', 'number', 'money-field', showError && 'error', locked && 'read-only']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <div>
          <input
            id={id}
            name={path}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            disabled={locked}
            aria-invalid={invalid || undefined}
            value={shown}
            placeholder={formatMoney(0, language)}
            onFocus={() => setEditing(cents === null ? '' : centsToInput(cents, language))}
            onChange={(event) => {
              const text = event.target.value
              setEditing(text)
              if (text.trim() === '') setValue(null)
              else {
                const parsed = parseMoneyInput(text, language)
                if (parsed !== null) setValue(parsed)
              }
            }}
            onBlur={() => setEditing(invalid ? editing : null)}
          />
        </div>
        {invalid && (
          <p role="alert" className="money-field__invalid" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
            {t('moneyInputInvalid')}
          </p>
        )}
        <FieldDescription description={field.admin?.description} path={path} />
      </div>
    </div>
  )
}

'use client'

import { getTranslation } from '@payloadcms/translations'
import { FieldDescription, useFormFields, useTranslation } from '@payloadcms/ui'
import type { ClientField, GroupFieldClientComponent } from 'payload'

import { formatDateTime, formatMoney } from '@/i18n/format'
import type { Message } from '@/i18n/t'

import { useAdminText } from '../useAdminText'

type Props = {
  /** Sub-fields holding integer cents, shown as money in the admin's language. */
  money?: string[]
  /** Said when every sub-field is empty (e.g. a draft not saved yet, an invoice VIES was not asked about). */
  empty: Message
}

type Shown = { name: string; label: string; text: string }
type I18n = Parameters<typeof getTranslation>[1]

/**
 * A group the server fills (an invoice's totals, its VIES answer) shown as read-only text: each sub-field that has a
 * value as "label: value", money and dates in the admin's language, a select as its option's label. The group's
 * values stay in the form as they are (nothing here sets them). Payload's own group renders its fields only once
 * scrolled near them and as disabled inputs; this reads at a glance.
 */
export const ReadOnlyGroupField: GroupFieldClientComponent = (props) => {
  const { field, path } = props
  const { money = [], empty } = props as unknown as Props
  const i18n = useTranslation().i18n as unknown as I18n
  const { language, t } = useAdminText()
  const values = useFormFields(([fields]) =>
    Object.fromEntries(
      field.fields.flatMap((sub) => ('name' in sub ? [[sub.name, fields[`${path}.${sub.name}`]?.value]] : [])),
    ),
  )
  const shown: Shown[] = field.fields.flatMap((sub: ClientField) => {
    if (!('name' in sub)) return []
    const value = values[sub.name]
    if (value === null || value === undefined || value === '') return []
    const label = getTranslation(('label' in sub && sub.label) || sub.name, i18n) as string
    return [{ name: sub.name, label, text: display(sub, value, money.includes(sub.name), language, i18n) }]
  })
  const id = `field-${path.replace(/\./g, '__')}`

  return (
    <div className="field-type group-field group-field--top-level read-only-group" id={id} data-read-only-group={path}>
      <div className="group-field__wrap">
        <div className="group-field__header">
          <header>
            <h3 className="group-field__title">{getTranslation(field.label || path, i18n) as string}</h3>
            <FieldDescription description={field.admin?.description} path={path} />
          </header>
        </div>
        {shown.length === 0 ? (
          <p style={{ margin: 0, color: 'var(--theme-elevation-650)' }}>{t(empty)}</p>
        ) : (
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.35rem 1.5rem', margin: 0 }}>
            {shown.map(({ name, label, text }) => (
              <div key={name} data-field={name} style={{ display: 'contents' }}>
                <dt style={{ color: 'var(--theme-elevation-650)' }}>{label}</dt>
                <dd style={{ margin: 0, fontVariantNumeric: 'tabular-nums', whiteSpace: 'pre-line' }}>{text}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  )
}

function display(field: ClientField, value: unknown, isMoney: boolean, language: string, i18n: I18n): string {
  if (isMoney && typeof value === 'number') return formatMoney(value, language)
  if (field.type === 'select') {
    const option = field.options.find((choice) => (typeof choice === 'string' ? choice : choice.value) === value)
    return option && typeof option !== 'string' ? (getTranslation(option.label, i18n) as string) : String(value)
  }
  if (field.type === 'date' && typeof value === 'string') return formatDateTime(value, language)
  if (field.type === 'checkbox') return String(Boolean(value))
  return String(value)
}

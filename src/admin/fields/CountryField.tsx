'use client'

import { SelectInput, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useMemo } from 'react'

import { countryChoices } from '@/services/countries'

import { useAdminText } from '../useAdminText'

/**
 * A country field's admin input: the countries by name in the admin's language, searchable; the value stays
 * the two-letter code the API takes and returns (src/fields/countryField.ts).
 */
export const CountryField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { language } = useAdminText()
  const { disabled, path, setValue, showError, value } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
  })
  const options = useMemo(() => countryChoices(language), [language])
  return (
    <SelectInput
      path={path}
      name={path}
      label={field.label}
      required={field.required}
      description={field.admin?.description}
      options={options}
      value={value ?? ''}
      readOnly={Boolean(readOnly || disabled)}
      showError={showError}
      isClearable={!field.required}
      onChange={(option) => {
        const chosen = Array.isArray(option) ? option[0] : option
        setValue(chosen && typeof chosen === 'object' && 'value' in chosen ? String(chosen.value) : null)
      }}
    />
  )
}

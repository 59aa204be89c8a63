import type { NumberField } from 'payload'

type Options = { label?: string; required?: boolean; defaultValue?: number; description?: string }

/** Money: whole cents (EUR), 0 or more. */
export const centsField = (name: string, { label, required = true, defaultValue, description = 'In cents (EUR).' }: Options = {}): NumberField => ({
  name,
  label,
  type: 'number',
  required,
  min: 0,
  defaultValue,
  admin: { description, step: 1 },
  validate: (value: unknown) =>
    (!required && (value === null || value === undefined)) ||
    (Number.isInteger(value) && Number(value) >= 0) ||
    'Amounts are whole cents, 0 or more.',
})

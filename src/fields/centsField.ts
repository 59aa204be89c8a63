import type { NumberField } from 'payload'

/** 10 million euros: with quantities bounded too, a line total stays far below Number.MAX_SAFE_INTEGER. */
export const MAX_CENTS = 1_000_000_000

type Options = { label?: string; required?: boolean; defaultValue?: number; description?: string }

/** Money: whole cents (EUR), 0 to MAX_CENTS. */
export const centsField = (
  name: string,
  { label, required = true, defaultValue, description = 'In cents (EUR).' }: Options = {},
): NumberField => ({
  name,
  label,
  type: 'number',
  required,
  min: 0,
  max: MAX_CENTS,
  defaultValue,
  admin: { description, step: 1 },
  validate: (value: unknown) =>
    (!required && (value === null || value === undefined)) ||
    (Number.isInteger(value) && Number(value) >= 0 && Number(value) <= MAX_CENTS) ||
    `Amounts are whole cents, from 0 to ${MAX_CENTS}.`,
})

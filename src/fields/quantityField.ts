import type { NumberField } from 'payload'

export const MAX_QUANTITY = 100_000

/** A count of items: a whole number from 1 to MAX_QUANTITY, so that quantity × cents cannot overflow. */
export const quantityField = (name = 'quantity'): NumberField => ({
  name,
  type: 'number',
  required: true,
  min: 1,
  max: MAX_QUANTITY,
  admin: { step: 1 },
  validate: (value: unknown) =>
    (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= MAX_QUANTITY) || `Quantities are whole numbers from 1 to ${MAX_QUANTITY}.`,
})

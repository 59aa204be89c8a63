import type { NumberField } from 'payload'
import { z } from 'zod'

export const MAX_QUANTITY = 100_000

/** The rule of a quantity, for fields and endpoint schemas alike: a whole number from 1 to MAX_QUANTITY, so that quantity × cents cannot overflow. */
export const quantitySchema = (message: string) =>
  z.number({ error: message }).int(message).min(1, message).max(MAX_QUANTITY, message)

const QUANTITY = quantitySchema('')

export const isQuantity = (value: unknown): boolean => QUANTITY.safeParse(value).success

/** A count of items (see quantitySchema). */
export const quantityField = (name = 'quantity'): NumberField => ({
  name,
  type: 'number',
  required: true,
  min: 1,
  max: MAX_QUANTITY,
  admin: { step: 1 },
  validate: (value: unknown) => isQuantity(value) || `Quantities are whole numbers from 1 to ${MAX_QUANTITY}.`,
})

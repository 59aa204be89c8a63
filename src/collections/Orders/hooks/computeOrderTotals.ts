import type { CollectionBeforeValidateHook } from 'payload'

import type { Order } from '@/payload-types'

/** Totals always come from the server: line total = quantity × unit price, order total = their sum (cents). */
export const computeOrderTotals: CollectionBeforeValidateHook<Order> = ({ data }) => {
  if (!data?.lines) return data
  let total = 0
  data.lines = data.lines.map((line) => {
    const lineTotal =
      Number.isInteger(line.quantity) && Number.isInteger(line.unitPrice) ? line.quantity * line.unitPrice : null
    if (lineTotal !== null) total += lineTotal
    return { ...line, lineTotal }
  })
  data.total = total
  return data
}

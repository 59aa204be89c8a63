import type { CollectionBeforeValidateHook } from 'payload'

import type { Order } from '@/payload-types'
import { orderTotals } from '@/services/orders/orderTotals'

/** Totals always come from the server (orderTotals), whatever the client sent. */
export const computeOrderTotals: CollectionBeforeValidateHook<Order> = ({ data }) => {
  if (!data?.lines) return data
  const { lines, total } = orderTotals(data.lines)
  data.lines = lines
  data.total = total
  return data
}

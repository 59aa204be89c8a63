import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/access/roles'
import type { Order } from '@/payload-types'
import { limitsEnforced } from '@/services/limits'
import { consumeOrderQuota as consume } from '@/services/orders/orderQuota'

/**
 * Every new order, from the admin, REST or the Letzshop sync, counts against ordersPerMonth. After the
 * insert, inside the same transaction: a refusal rolls the order back, and the subscription row stays
 * locked only until the commit.
 */
export const consumeOrderQuota: CollectionAfterChangeHook<Order> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !limitsEnforced()) return doc
  await consume(req, relationId(doc.vendor)!, relationId(doc.platform)!)
  return doc
}

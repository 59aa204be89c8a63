import type { CollectionAfterChangeHook } from 'payload'

import type { LimitRule } from '@/services/limitRules'
import { consumeOrderQuota } from '@/services/orders/orderQuota'
import { relationId } from '@/utilities/relationId'

/**
 * Every new order, from the admin, REST or the Letzshop sync, counts against the period's quota. After the
 * insert, inside the same transaction: a refusal rolls the order back, and the subscription row stays locked
 * only until the commit.
 */
export const countPeriodOrders =
  (rule: LimitRule): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    await consumeOrderQuota(req, relationId(doc.vendor)!, relationId(doc.platform)!, rule)
    return doc
  }

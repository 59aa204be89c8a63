import { getTranslation } from '@payloadcms/translations'
import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { Order } from '@/payload-types'
import {
  claimOrderIdempotencyKey,
  type KeyedOrderRequest,
  orderIdempotencyKey,
  orderRequestHash,
  recordOrderIdempotencyKey,
} from '@/services/orders/orderIdempotency'
import { relationId } from '@/utilities/relationId'

/**
 * `Idempotency-Key` on `POST /api/orders` (Stripe's contract): the first request with a key creates the order and
 * stores the key with its answer in the order's own transaction; a retry with the key and the same body gets that
 * answer again (201, `Idempotent-Replayed: true`) and creates nothing. Four hooks of the one create operation:
 * read the header (before the operation), take the key once the order's vendor is known and checked (beforeChange,
 * after the vendorOwned plugin's scope check), store it (afterOperation, still in the transaction, with the answer
 * REST sends), and answer a replay (afterError: a hook cannot end an operation with a result, so the replay leaves it
 * as ReplayedOrder, which rolls back its empty transaction).
 */

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key'
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed'

/** The keyed request of this REST create, in `req.context` from the header to the write. */
const CONTEXT = 'orderIdempotency'
type Keyed = { key: string; requestHash: string; vendorId?: number }

const keyedOf = (req: PayloadRequest): Keyed | undefined => req.context[CONTEXT] as Keyed | undefined

/** The earlier answer for the key, thrown to end the create without creating anything. */
export class ReplayedOrder extends Error {
  override name = 'ReplayedOrder'

  constructor(readonly doc: unknown) {
    super('Replayed the order created earlier with this Idempotency-Key.')
  }
}

/** A replay is not a failure: a line in the log at most. */
export const REPLAY_LOG_LEVELS = { ReplayedOrder: 'info' } as const

/** Only the REST create of orders reads the header (not a local create some other request's code makes). */
export const readIdempotencyKey: CollectionBeforeOperationHook<'orders'> = ({ args, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI !== 'REST' || req.routeParams?.collection !== 'orders') return
  const sent = req.headers.get(IDEMPOTENCY_KEY_HEADER)
  if (sent === null) return
  const keyed: Keyed = { key: orderIdempotencyKey(sent), requestHash: orderRequestHash(args.data) }
  req.context[CONTEXT] = keyed
}

export const claimIdempotencyKey: CollectionBeforeChangeHook<Order> = async ({ data, operation, req }) => {
  const keyed = keyedOf(req)
  const vendorId = relationId(data.vendor)
  if (operation !== 'create' || !keyed || keyed.vendorId !== undefined || vendorId === null) return data
  const earlier = await claimOrderIdempotencyKey(req, { ...keyed, vendorId })
  if (earlier !== null) throw new ReplayedOrder(earlier)
  keyed.vendorId = vendorId
  return data
}

export const recordIdempotencyKey: CollectionAfterOperationHook<'orders'> = async ({ operation, req, result }) => {
  const keyed = keyedOf(req)
  if (operation !== 'create' || keyed?.vendorId === undefined) return result
  const order = result as Order
  await recordOrderIdempotencyKey(req, keyed as KeyedOrderRequest, order.id, order)
  return result
}

/** The replay's answer: Payload's create answer with the stored order, as the first request got it. */
export const answerReplayedOrder: CollectionAfterErrorHook = ({ collection, error, req }) => {
  // By name, as Payload's own errors are recognised: a production build may hold more than one copy of a class.
  if (!(error instanceof Error) || error.name !== 'ReplayedOrder') return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set(IDEMPOTENT_REPLAYED_HEADER, 'true')
  const message = req.t('general:successfullyCreated', {
    label: getTranslation(collection.labels.singular, req.i18n),
  })
  return { status: 201, response: { doc: (error as ReplayedOrder).doc, message } }
}

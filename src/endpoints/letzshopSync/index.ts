import type { Endpoint } from 'payload'

import { letzshopConfirmationEndpoint } from './confirmation'
import { deleteConnectionEndpoint, patchConnectionEndpoint, putConnectionEndpoint } from './connection'
import { getSyncEndpoint, postSyncEndpoint } from './sync'

/** /api/vendor/letzshop/connection, /api/vendor/letzshop/sync and /api/vendor/orders/:id/letzshop-confirmation. */
export const letzshopSyncEndpoints: Endpoint[] = [
  putConnectionEndpoint,
  patchConnectionEndpoint,
  deleteConnectionEndpoint,
  postSyncEndpoint,
  getSyncEndpoint,
  letzshopConfirmationEndpoint,
]

import { ENGLISH, endpointOperation, type Operation, type OperationSpec } from '../openapi/operation'

import { confirmationBody, letzshopConfirmationEndpoint, orderIdParams } from './confirmation'
import {
  connectBody,
  deleteConnectionEndpoint,
  patchConnectionEndpoint,
  putConnectionEndpoint,
  statusBody,
} from './connection'
import {
  confirmationAnswerSchema,
  connectionAnswerSchema,
  disconnectedSchema,
  syncQueuedSchema,
  syncStateSchema,
} from './schemas'
import { getSyncEndpoint, postSyncEndpoint } from './sync'
import { vendorQuery } from './syncAccess'

const SHOP =
  "The shop's owner or members, on the OMS platform, with a plan that includes `letzshop_sync` (403 naming it otherwise). The vendor is theirs, or `vendor` when they have several."

const sync = (spec: Omit<OperationSpec, 'tag' | 'signedIn' | 'query'>): OperationSpec => ({
  tag: 'Letzshop',
  signedIn: true,
  query: vendorQuery(ENGLISH),
  ...spec,
})

export const letzshopSyncOperations: Operation[] = [
  endpointOperation(
    putConnectionEndpoint,
    sync({
      summary: 'Connect the shop to Letzshop with its API key',
      description: `${SHOP} Owners only. The key is checked with Letzshop first (400 when Letzshop refuses it, nothing stored), stored encrypted and never answered: only its last 4 characters. Replaces an earlier key and makes the connection active.`,
      body: connectBody(ENGLISH),
      answers: { 200: connectionAnswerSchema },
      errors: [400, 401, 403, 413, 502, 503, 504],
    }),
  ),
  endpointOperation(
    patchConnectionEndpoint,
    sync({
      summary: 'Pause or resume the Letzshop sync',
      description: `${SHOP} A failing connection resumes only with a new key (409).`,
      body: statusBody,
      answers: { 200: connectionAnswerSchema },
      errors: [400, 401, 403, 404, 409, 413],
    }),
  ),
  endpointOperation(
    deleteConnectionEndpoint,
    sync({
      summary: 'Disconnect Letzshop',
      description: `${SHOP} Owners only. The connection and its key are deleted; imported orders and the history stay.`,
      bodyOptional: true,
      answers: { 200: disconnectedSchema },
      errors: [400, 401, 403, 404, 413],
    }),
  ),
  endpointOperation(
    postSyncEndpoint,
    sync({
      summary: 'Sync Letzshop orders now',
      description: `${SHOP} Queues a run (one queued run at a time: a second request answers the same run). 409 unless the connection is active.`,
      bodyOptional: true,
      answers: { 202: syncQueuedSchema },
      errors: [400, 401, 403, 404, 409, 413],
    }),
  ),
  endpointOperation(
    getSyncEndpoint,
    sync({
      summary: 'The Letzshop connection and its latest runs',
      description: SHOP,
      answers: { 200: syncStateSchema },
      errors: [400, 401, 403],
    }),
  ),
  endpointOperation(letzshopConfirmationEndpoint, {
    tag: 'Letzshop',
    signedIn: true,
    summary: 'Confirm or decline units of an imported Letzshop order',
    description:
      "The order's shop's owner or members, with `letzshop_sync`; another shop's order is a 404. Some units or all (partial confirmation); an answer cannot change once given (409). The answers and the tracking number are sent to Letzshop by a job, retried while Letzshop fails (`sent` in the answer).",
    params: orderIdParams,
    body: confirmationBody,
    answers: { 200: confirmationAnswerSchema },
    errors: [400, 401, 403, 404, 409, 413],
  }),
]

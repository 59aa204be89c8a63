import { z } from 'zod'

import { LETZSHOP_CONNECTION_STATUSES } from '@/collections/LetzshopConnections'
import { LETZSHOP_SYNC_RUN_STATUSES } from '@/collections/LetzshopSyncRuns'
import { LETZSHOP_UNIT_STATES, ORDER_STATUSES } from '@/collections/Orders'

import type { Expect, Same } from '../openapi/operation'

import type { unitsAnswer } from './confirmation'
import type { connectionAnswer, runAnswer } from './syncAnswer'

export const connectionSchema = z
  .strictObject({
    status: z.enum(LETZSHOP_CONNECTION_STATUSES),
    keyLast4: z.string().describe('The last 4 characters of the key: the key itself is never answered.'),
    shopSlug: z.string().nullable().describe('The Letzshop shop the key opens.'),
    connectedAt: z.string(),
    lastRunAt: z.string().nullable(),
    nextRunAt: z.string().nullable().describe('The next scheduled run; null unless active.'),
    heldByLimit: z.number().describe('Orders waiting on Letzshop because the monthly order limit is reached.'),
    failure: z.string().nullable().describe('Why the sync is failing (status `failing`).'),
  })
  .meta({ id: 'LetzshopConnection', description: "The vendor's Letzshop connection." })

export const connectionAnswerSchema = z
  .strictObject({ connection: connectionSchema })
  .meta({ id: 'LetzshopConnectionAnswer', description: 'The connection.' })

export const disconnectedSchema = z
  .strictObject({ connection: z.null() })
  .meta({ id: 'LetzshopDisconnected', description: 'Disconnected: the key is deleted.' })

export const runSchema = z.strictObject({
  id: z.number().int(),
  trigger: z.enum(['schedule', 'manual']),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  status: z.enum(LETZSHOP_SYNC_RUN_STATUSES),
  imported: z.number().int(),
  skipped: z.number().int().describe('Already imported.'),
  heldByLimit: z.number().int().describe('Left on Letzshop: the monthly order limit is reached.'),
  error: z.string().nullable(),
})

export const syncStateSchema = z
  .strictObject({ connection: connectionSchema.nullable(), runs: z.array(runSchema) })
  .meta({ id: 'LetzshopSyncState', description: 'The connection (null when none) and the latest runs, latest first.' })

export const syncQueuedSchema = z
  .strictObject({ runId: z.number().int() })
  .meta({ id: 'LetzshopSyncQueued', description: 'The run queued (the one already waiting, if any).' })

export const confirmationAnswerSchema = z
  .strictObject({
    order: z.strictObject({
      id: z.number().int(),
      status: z.enum(ORDER_STATUSES),
      trackingNumber: z.string().nullable(),
      trackingSent: z.boolean(),
      units: z.array(
        z.strictObject({
          id: z.string(),
          sku: z.string().nullable(),
          description: z.string(),
          state: z.enum(LETZSHOP_UNIT_STATES),
          sent: z.boolean().describe('Letzshop has the answer.'),
        }),
      ),
    }),
  })
  .meta({ id: 'LetzshopConfirmation', description: "The order's Letzshop units and their answers." })

export type _Checked = [
  Expect<Same<z.output<typeof connectionSchema>, ReturnType<typeof connectionAnswer>>>,
  Expect<Same<z.output<typeof runSchema>, ReturnType<typeof runAnswer>>>,
  Expect<Same<z.output<typeof confirmationAnswerSchema>['order'], ReturnType<typeof unitsAnswer>>>,
]

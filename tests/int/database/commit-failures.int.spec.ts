import { sql } from '@payloadcms/db-postgres'
import { type CollectionAfterChangeHook, createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Platform, Vendor } from '@/payload-types'
import { runSql, inTransaction } from '@/services/transactions'

import { createUser, createVendor, omsPlatform } from '../../helpers/fixtures'
import { rawDb } from '../../helpers/jobRuns'
import { rest, testPayload } from '../../helpers/payload'

/**
 * A 2xx means committed: the connection of a write's transaction is cut (pg_terminate_backend, as a database
 * restart does) after the write and before COMMIT. Payload 3.90 alone reports that COMMIT as a success (201 for an
 * order that does not exist); here the answer is 503 and nothing is stored.
 */
let payload: Payload
let platform: Platform
let vendor: Vendor
let token: string
let cutBeforeCommit = false

/** Cuts the connection of the request's transaction from outside, as a restart would. */
const cutConnection: CollectionAfterChangeHook = async ({ req }) => {
  if (!cutBeforeCommit) return
  const [{ pid }] = (await runSql(req, sql`SELECT pg_backend_pid() AS pid`)).rows as { pid: number }[]
  await rawDb(payload).execute(sql`SELECT pg_terminate_backend(${pid})`)
}

const ordersOf = async (customerName: string) =>
  (await payload.count({ collection: 'orders', where: { customerName: { equals: customerName } } })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  ;({ platform } = await omsPlatform(payload, [{ code: 'commits', limits: { ordersPerMonth: 100 }, features: [] }]))
  vendor = await createVendor(payload, [{ platform }])
  ;({ token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] }))
  payload.collections.orders.config.hooks.afterChange.push(cutConnection)
})

afterEach(() => {
  cutBeforeCommit = false
})

const order = (customerName: string) =>
  rest('POST', '/api/orders', {
    token,
    body: {
      vendor: vendor.id,
      platform: platform.id,
      customerName,
      lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
    },
  })

describe('a COMMIT that fails', () => {
  it('answers 503, not 201, when an order cannot be committed, and stores nothing', async () => {
    cutBeforeCommit = true
    const answer = await order('Cut before commit')
    expect(answer.status).toBe(503)
    expect(answer.headers.get('retry-after')).toBe('5')
    expect(await ordersOf('Cut before commit')).toBe(0)
    cutBeforeCommit = false
    expect((await order('After the cut')).status).toBe(201)
    expect(await ordersOf('After the cut')).toBe(1)
  })

  it('throws out of inTransaction (the endpoints that write several rows), rolling back everything', async () => {
    const req = await createLocalReq({}, payload)
    const work = inTransaction(req, async () => {
      await payload.create({
        collection: 'orders',
        data: {
          vendor: vendor.id,
          platform: platform.id,
          customerName: 'In a transaction',
          lines: [{ description: 'x', quantity: 1, unitPrice: 100 }],
          source: 'direct',
          status: 'pending',
          placedAt: new Date().toISOString(),
        },
        req,
        overrideAccess: true,
      })
      const [{ pid }] = (await runSql(req, sql`SELECT pg_backend_pid() AS pid`)).rows as { pid: number }[]
      await rawDb(payload).execute(sql`SELECT pg_terminate_backend(${pid})`)
    })
    await expect(work).rejects.toThrow()
    expect(await ordersOf('In a transaction')).toBe(0)
  })
})

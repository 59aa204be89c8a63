import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { invoicingShop, invoicingWorld, type InvoicingWorld, LU_CONSUMER } from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let world: InvoicingWorld

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

describe('the admin form', () => {
  it('saves a draft posted as the admin posts it (server-computed fields sent back empty)', async () => {
    const { owner } = await invoicingShop(payload, world)
    const created = await rest('POST', '/api/invoices', {
      token: owner,
      body: {
        supply: 'goods',
        customer: { ...LU_CONSUMER, locale: 'fr' },
        lines: [{ description: 'Leather wallet', quantity: 2, unitPrice: 3450, vatCategory: 'standard' }],
        vatBreakdown: 0,
        totals: { net: null, vat: null, gross: null },
        currency: 'EUR',
      },
    })
    expect(created.body.errors).toBeUndefined()
    expect(created.status).toBe(201)
  })
})

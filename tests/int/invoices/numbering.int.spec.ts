import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Invoice } from '@/payload-types'
import { luxembourgDay } from '@/services/invoices/context'

import {
  creditNote,
  invoicingShop,
  invoicingWorld,
  type InvoicingWorld,
  issue,
  linesInvoice,
  LU_CONSUMER,
  type Shop,
} from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let world: InvoicingWorld
const year = Number(luxembourgDay(new Date()).slice(0, 4))
const FAILING_NAME = 'Fails After Numbering'

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
  // A failure after the number is taken, injected from outside the app: the row update of the issue raises.
  await db().execute(
    sql.raw(`
    CREATE OR REPLACE FUNCTION test_fail_after_numbering() RETURNS trigger AS $$
    BEGIN
      IF NEW.status = 'issued' AND NEW.customer_name = '${FAILING_NAME}' THEN RAISE EXCEPTION 'injected failure after numbering'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    DROP TRIGGER IF EXISTS test_fail_after_numbering ON invoices;
    CREATE TRIGGER test_fail_after_numbering BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION test_fail_after_numbering();`),
  )
})

afterAll(async () => {
  await db().execute(
    sql.raw(
      'DROP TRIGGER IF EXISTS test_fail_after_numbering ON invoices; DROP FUNCTION IF EXISTS test_fail_after_numbering();',
    ),
  )
})

const db = () => (payload.db as unknown as PostgresAdapter).drizzle

/** Drafts written straight through the local API (the collection prices them); issuing goes through REST. */
async function drafts(shop: Shop, count: number, customerName = LU_CONSUMER.name) {
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const draft = await payload.create({
      collection: 'invoices',
      data: {
        vendor: shop.vendor.id,
        platform: world.platform.id,
        customer: { ...LU_CONSUMER, name: customerName, type: 'consumer', locale: 'en' },
        lines: [{ description: `Item ${i}`, quantity: 1, unitPrice: 1000 + i, vatCategory: 'standard' }],
      } as Omit<Invoice, 'id' | 'createdAt' | 'updatedAt'>,
    })
    ids.push(draft.id)
  }
  return ids
}

const counter = async (vendorId: number, series: string) =>
  (
    await db().execute(
      sql`SELECT last_value FROM invoice_number_counters WHERE vendor_id = ${vendorId} AND series = ${series} AND year = ${year}`,
    )
  ).rows[0]?.last_value ?? null

const seqOf = (number: string) => Number(number.split('-').pop())

describe('gapless numbering', () => {
  it('gives 100 parallel issues 100 consecutive numbers, no gap, no duplicate', async () => {
    const shop = await invoicingShop(payload, world)
    const ids = await drafts(shop, 100)
    const answers = await Promise.all(ids.map((id, index) => issue(index % 2 ? shop.owner : shop.member, id)))
    expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200))
    const numbers = answers.map((answer) => answer.body.invoice.number as string)
    expect(new Set(numbers).size).toBe(100)
    expect(numbers.map(seqOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(
      numbers.every((number) => number.startsWith(`INV-${year}-`) && number.length === `INV-${year}-00001`.length),
    ).toBe(true)
    expect(await counter(shop.vendor.id, 'invoice')).toBe(100)
  }, 180_000)

  it('issuing one draft twice in parallel issues it once', async () => {
    const shop = await invoicingShop(payload, world)
    const [id] = await drafts(shop, 1)
    const answers = await Promise.all([issue(shop.owner, id), issue(shop.owner, id), issue(shop.member, id)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409])
    expect(await counter(shop.vendor.id, 'invoice')).toBe(1)
  })

  it('a failure after the number was taken rolls the issue back and consumes no number', async () => {
    const shop = await invoicingShop(payload, world)
    const [failing] = await drafts(shop, 1, FAILING_NAME)
    const [good] = await drafts(shop, 1)
    const failed = await issue(shop.owner, failing)
    expect(failed.status).toBe(500)
    expect(await counter(shop.vendor.id, 'invoice')).toBeNull()
    expect(await payload.findByID({ collection: 'invoices', id: failing })).toMatchObject({
      status: 'draft',
      number: null,
    })
    const issued = await issue(shop.owner, good)
    expect(issued.body.invoice.number).toBe(`INV-${year}-00001`)
    // Parallel issues with failures among them: the successful ones still get 1..n.
    const mixed = [...(await drafts(shop, 3, FAILING_NAME)), ...(await drafts(shop, 6))]
    const answers = await Promise.all(mixed.map((id) => issue(shop.owner, id)))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 500, 500, 500])
    const numbers = answers.filter((answer) => answer.status === 200).map((answer) => seqOf(answer.body.invoice.number))
    expect(numbers.sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7])
  })

  it('holds across app instances: a number held by another connection is waited for, and not skipped when it rolls back', async () => {
    const shop = await invoicingShop(payload, world)
    const [id] = await drafts(shop, 1)
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await other.connect()
    try {
      await other.query('BEGIN')
      const taken = await other.query(
        `INSERT INTO invoice_number_counters (vendor_id, series, year, last_value) VALUES ($1, 'invoice', $2, 1)
         ON CONFLICT (vendor_id, series, year) DO UPDATE SET last_value = invoice_number_counters.last_value + 1 RETURNING last_value`,
        [shop.vendor.id, year],
      )
      expect(taken.rows[0].last_value).toBe(1)
      let settled = false
      const pending = issue(shop.owner, id).then((answer) => {
        settled = true
        return answer
      })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(settled).toBe(false) // waiting on the other instance's row lock
      await other.query('ROLLBACK')
      const answer = await pending
      expect(answer.body.invoice.number).toBe(`INV-${year}-00001`)
    } finally {
      await other.end()
    }
  })

  it('credit notes have their own gapless series, also in parallel', async () => {
    const shop = await invoicingShop(payload, world)
    const ids = await drafts(shop, 8)
    for (const id of ids) expect((await issue(shop.owner, id)).status).toBe(200)
    const answers = await Promise.all(ids.map((id) => creditNote(shop.owner, id)))
    expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 201))
    const numbers = answers.map((answer) => answer.body.invoice.number as string)
    expect(numbers.every((number) => number.startsWith(`CN-${year}-`))).toBe(true)
    expect(numbers.map(seqOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(await counter(shop.vendor.id, 'invoice')).toBe(8)
    expect(await counter(shop.vendor.id, 'credit_note')).toBe(8)
  })

  it('applies the EUR 10,000 threshold in issue order under concurrency (the sum runs under the series lock)', async () => {
    const shop = await invoicingShop(payload, world, { settings: { euDistanceSalesPreviousYear: 900_000 } })
    const ids: number[] = []
    for (let i = 0; i < 4; i++) {
      const draft = await payload.create({
        collection: 'invoices',
        data: {
          vendor: shop.vendor.id,
          platform: world.platform.id,
          customer: {
            name: `Client ${i}`,
            type: 'consumer',
            locale: 'fr',
            address: { street: '1 rue Haute', postalCode: '57000', city: 'Metz', country: 'FR' },
          },
          lines: [{ description: 'Wine', quantity: 1, unitPrice: 60_000, vatCategory: 'standard' }],
        } as Omit<Invoice, 'id' | 'createdAt' | 'updatedAt'>,
      })
      ids.push(draft.id)
    }
    const answers = await Promise.all(ids.map((id) => issue(shop.owner, id)))
    const byNumber = answers.map((answer) => answer.body.invoice).sort((a, b) => seqOf(a.number) - seqOf(b.number))
    // 9,000 + 600 = 9,600 EUR: below; from then on every sale passes the threshold.
    expect(byNumber.map((invoice) => invoice.vatTreatment)).toEqual(['origin', 'oss', 'oss', 'oss'])
  })

  it('stores what the issue answers, also when the price at issue differs from the draft (lines and VAT rows rewritten)', async () => {
    const shop = await invoicingShop(payload, world, { settings: { euDistanceSalesPreviousYear: 990_000 } })
    const client = {
      name: 'Client',
      type: 'consumer',
      locale: 'fr',
      address: { street: '1 rue Haute', postalCode: '57000', city: 'Metz', country: 'FR' },
    }
    const create = (lines: { description: string; quantity: number; unitPrice: number; vatCategory: string }[]) =>
      payload.create({
        collection: 'invoices',
        data: { vendor: shop.vendor.id, platform: world.platform.id, customer: client, lines } as Omit<
          Invoice,
          'id' | 'createdAt' | 'updatedAt'
        >,
      })
    // Both drafts are priced below the threshold (Luxembourg's rates); the first issue crosses it, so the second is
    // priced with France's rates at issue: every line, VAT row and total changes.
    const first = await create([{ description: 'Wine', quantity: 1, unitPrice: 10_000, vatCategory: 'standard' }])
    const second = await create([
      { description: 'Wine', quantity: 2, unitPrice: 1_500, vatCategory: 'standard' },
      { description: 'Book', quantity: 1, unitPrice: 2_000, vatCategory: 'super_reduced' },
    ])
    expect(second).toMatchObject({ vatTreatment: 'origin', rateCountry: 'LU' })
    expect((await issue(shop.owner, first.id)).body.invoice).toMatchObject({ vatTreatment: 'origin' })
    const answered = (await issue(shop.owner, second.id)).body.invoice
    expect(answered).toMatchObject({ status: 'issued', vatTreatment: 'oss' })
    const stored = await payload.findByID({ collection: 'invoices', id: second.id, depth: 0 })
    expect(stored.rateCountry).toBe('FR')
    expect(stored.lines.map((line) => line.vatRate)).not.toEqual(second.lines.map((line) => line.vatRate))
    expect(stored.totals).not.toEqual(second.totals)
    const amounts = (invoice: Invoice) => ({
      status: invoice.status,
      number: invoice.number,
      vatTreatment: invoice.vatTreatment,
      vatNote: invoice.vatNote ?? null,
      lines: invoice.lines.map(({ description, quantity, unitPrice, vatRate, net, vat, gross }) => ({
        description,
        quantity,
        unitPrice,
        vatRate,
        net,
        vat,
        gross,
      })),
      vatBreakdown: (invoice.vatBreakdown ?? []).map(({ vatRate, net, vat }) => ({ vatRate, net, vat })),
      totals: { net: invoice.totals?.net, vat: invoice.totals?.vat, gross: invoice.totals?.gross },
    })
    expect(amounts(stored)).toEqual({
      status: answered.status,
      number: answered.number,
      vatTreatment: answered.vatTreatment,
      vatNote: answered.vatNote,
      lines: answered.lines.map(
        ({ description, quantity, unitPrice, vatRate, net, vat, gross }: Record<string, unknown>) => ({
          description,
          quantity,
          unitPrice,
          vatRate,
          net,
          vat,
          gross,
        }),
      ),
      vatBreakdown: answered.vatBreakdown,
      totals: answered.totals,
    })
    // The row ids of the lines are kept; the stored breakdown sums to the totals.
    expect(stored.lines.map((line) => line.id)).toEqual(second.lines.map((line) => line.id))
    expect(stored.vatBreakdown!.reduce((sum, row) => sum + row.vat!, 0)).toBe(stored.totals!.vat)
  })

  it('keeps each vendor its own series', async () => {
    const [a, b] = [await invoicingShop(payload, world), await invoicingShop(payload, world)]
    const [idA] = await drafts(a, 1)
    const [idB] = await drafts(b, 1)
    const [answerA, answerB] = await Promise.all([issue(a.owner, idA), issue(b.owner, idB)])
    expect(answerA.body.invoice.number).toBe(`INV-${year}-00001`)
    expect(answerB.body.invoice.number).toBe(`INV-${year}-00001`)
  })
})

describe('changing the number series in the settings', () => {
  const settingsOf = async (token: string) =>
    (await rest('GET', '/api/vendor/invoice-settings', { token })).body.settings

  it('a pattern that could repeat an issued number is refused (400 naming it), and the next issue gets a fresh number', async () => {
    const { owner } = await invoicingShop(payload, world)
    const first = await linesInvoice(owner, { issue: true })
    expect(first.status).toBe(201)
    const firstNumber: string = first.body.invoice.number
    expect(firstNumber).toBe(`INV-${year}-00001`)

    const patched = await rest('PATCH', '/api/vendor/invoice-settings', {
      token: owner,
      body: { numberPrefix: `INV-${year}-`, numberPattern: '{prefix}{seq:05}' },
    })
    expect(patched.status).toBe(400)
    expect(patched.body.errors[0].message).toBe(
      `numberPrefix: this series could produce INV-${year}-00001, a number this shop has already given: choose a prefix or pattern no issued number fits.`,
    )
    expect(await settingsOf(owner)).toMatchObject({ numberPrefix: 'INV-', numberPattern: '{prefix}{year}-{seq:05}' })
    const second = await linesInvoice(owner, { issue: true })
    expect({ status: second.status, error: second.body?.errors?.[0]?.message ?? null }).toEqual({
      status: 201,
      error: null,
    })
    expect(second.body.invoice.number).not.toBe(firstNumber)
  })

  it('a credit-note series that overlaps the invoice series at a later number is refused (400), and credit notes stay issuable', async () => {
    // The series must never meet, not only at their first numbers: credit note #1 "INV-<year>-00011" would be invoice #11.
    const { owner } = await invoicingShop(payload, world)
    const patched = await rest('PATCH', '/api/vendor/invoice-settings', {
      token: owner,
      body: { creditNotePrefix: `INV-${year}-0001`, creditNotePattern: '{prefix}{seq}' },
    })
    expect(patched.status).toBe(400)
    expect(patched.body.errors[0].message).toBe(
      'Invoices and credit notes would get the same numbers: give credit notes another prefix or pattern.',
    )
    expect(await settingsOf(owner)).toMatchObject({
      creditNotePrefix: 'CN-',
      creditNotePattern: '{prefix}{year}-{seq:05}',
    })
    const ids: number[] = []
    for (let n = 1; n <= 11; n++) {
      const issued = await linesInvoice(owner, { issue: true })
      expect(issued.status).toBe(201)
      ids.push(issued.body.invoice.id)
    }
    const credit = await rest('POST', `/api/vendor/invoices/${ids[0]}/credit-note`, { token: owner })
    expect({ status: credit.status, error: credit.body?.errors?.[0]?.message ?? null }).toEqual({
      status: 201,
      error: null,
    })
  })
})

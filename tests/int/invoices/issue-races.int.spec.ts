/**
 * Issued means final, under any concurrency: a draft issued on one app instance while the other instance edits it,
 * deletes it or deletes its order (and an invoice credited while its order is deleted). Whichever write comes second
 * waits for the first; a write that comes after the issue is refused (409, in the caller's language), and a write
 * that came first is what the issue sees. Checked from the database after every round: no issued invoice lost or
 * changed, the series gapless, no 5xx.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INVOICE_KINDS } from '@/collections/Invoices'
import { type AdminLanguage } from '@/i18n/languages'
import { translate } from '@/i18n/t'
import type { Invoice } from '@/payload-types'

import { type AppHttpServer, startAppHttpServer } from '../../helpers/appHttpServer'
import { type AppInstance, startAppInstance } from '../../helpers/appInstance'
import { createOrder } from '../../helpers/fixtures'
import { invoicingShop, invoicingWorld, type InvoicingWorld, LU_CONSUMER, type Shop } from '../../helpers/invoicing'
import { type RestResponse, testPayload } from '../../helpers/payload'

const ROUNDS = 20
const CREDIT_ROUNDS = 10
const LANGUAGES: AdminLanguage[] = ['en', 'fr', 'de']

let payload: Payload
let world: InvoicingWorld
let here: AppHttpServer
let there: AppInstance

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
  ;[here, there] = await Promise.all([startAppHttpServer(), startAppInstance()])
})

afterAll(async () => {
  await Promise.all([here?.close(), there?.close()])
})

type Answer = Omit<RestResponse, 'headers'>

async function call(
  base: string,
  method: string,
  path: string,
  { token, body, language = 'en' }: { token: string; body?: unknown; language?: AdminLanguage },
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      Authorization: `JWT ${token}`,
      'Accept-Language': language,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: kept as text for the report
  }
  return { status: response.status, body: parsed }
}

/** The two instances, swapped every round: each write races from each side. */
const sides = (round: number) => (round % 2 === 0 ? [here.url, there.url] : [there.url, here.url])

/**
 * How long the issue starts after the other write, by round: at once, the issue mostly takes the row's lock first
 * (the other write does more before its lock); a head start lets the other write come first in some rounds.
 */
const STAGGER_MS = [0, 0, 15, 40, 100]
const staggered = <T>(round: number, start: () => Promise<T>): Promise<T> =>
  new Promise((resolve) => setTimeout(resolve, STAGGER_MS[round % STAGGER_MS.length])).then(start)

const LINES = [{ description: 'Leather wallet', quantity: 2, unitPrice: 3450, vatCategory: 'standard' }]

const draftOf = async (shop: Shop, body: Record<string, unknown> = { customer: LU_CONSUMER, lines: LINES }) => {
  const created = await call(here.url, 'POST', '/api/vendor/invoices', { token: shop.owner, body })
  if (created.status !== 201) throw new Error(`draft: ${JSON.stringify(created.body)}`)
  return created.body.invoice as Invoice
}

const orderOf = async (shop: Shop): Promise<number> =>
  (await createOrder(payload, { platform: world.platform, vendor: shop.vendor })).id

/** What an invoice made from an order needs besides the order. */
const FROM_ORDER = { type: 'consumer', address: LU_CONSUMER.address }

const issueOn = (base: string, shop: Shop, id: number) =>
  call(base, 'POST', `/api/vendor/invoices/${id}/issue`, { token: shop.owner })

const message = (answer: Answer) => answer.body?.errors?.[0]?.message
const show = (answer: Answer) => `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`
const sequence = (number: string) => Number(/(\d+)$/.exec(number)?.[1])

/** What the answers said: each invoice and credit note answered as made, by id, as it must be stored now. */
type Ledger = Map<number, Pick<Invoice, 'number' | 'kind' | 'status'>>

/**
 * What the database holds for the shop after a round, against the ledger: every invoice answered as issued is stored
 * as answered (its number, its status), and each series is numbered 1..n, n the count of its documents answered.
 */
async function checkSeries(shop: Shop, ledger: Ledger, report: (problem: string) => void) {
  const { docs } = await payload.find({
    collection: 'invoices',
    where: { vendor: { equals: shop.vendor.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const [id, answered] of ledger) {
    const row = docs.find((doc) => doc.id === id)
    if (!row) report(`${answered.status} ${answered.kind} ${answered.number} (id ${id}) is gone`)
    else if (row.status !== answered.status || row.number !== answered.number) {
      report(
        `${answered.status} ${answered.kind} ${answered.number} is now ${row.status} ${row.number ?? 'without number'}`,
      )
    }
  }
  for (const kind of INVOICE_KINDS) {
    const numbers = new Set(docs.flatMap((doc) => (doc.kind === kind && doc.number ? [sequence(doc.number)] : [])))
    const answered = [...ledger.values()].filter((each) => each.kind === kind).length
    for (let each = 1; each <= answered; each++)
      if (!numbers.has(each)) report(`${kind} number ${each} missing from the series`)
    if (numbers.size > answered) report(`${numbers.size} ${kind} numbers stored for ${answered} answered`)
  }
}

type Round = (index: number, ledger: Ledger, report: (problem: string) => void) => Promise<string>

/** Runs `round` `rounds` times, checking the shop's series after each: the problems of all rounds, and how the rounds ended. */
async function race(name: string, shop: Shop, round: Round, rounds = ROUNDS) {
  const ledger: Ledger = new Map()
  const problems: string[] = []
  const seen = new Set<string>()
  const badRounds = new Set<number>()
  const endings: Record<string, number> = {}
  for (let index = 0; index < rounds; index++) {
    const report = (problem: string) => {
      badRounds.add(index)
      problems.push(`round ${index}: ${problem}`)
    }
    const ending = await round(index, ledger, report)
    endings[ending] = (endings[ending] ?? 0) + 1
    // A broken invoice stays broken: reported in the round it broke.
    await checkSeries(shop, ledger, (problem) => {
      if (!seen.has(problem)) report(problem)
      seen.add(problem)
    })
  }
  console.info(`${name}: ${badRounds.size} of ${rounds} rounds went wrong;`, endings)
  return problems
}

describe('issuing races other writes over two app instances', () => {
  it('issue against a PATCH of the draft: the PATCH is refused after the issue, or issued with it before', async () => {
    const shop = await invoicingShop(payload, world)
    const problems = await race('issue vs PATCH', shop, async (round, ledger, report) => {
      const draft = await draftOf(shop)
      const language = LANGUAGES[round % LANGUAGES.length]
      const changed = [{ description: `Changed ${round}`, quantity: 3, unitPrice: 1000, vatCategory: 'standard' }]
      const [issueSide, patchSide] = sides(round)
      const [issue, patch] = await Promise.all([
        staggered(round, () => issueOn(issueSide, shop, draft.id)),
        call(patchSide, 'PATCH', `/api/invoices/${draft.id}`, {
          token: shop.owner,
          body: { lines: changed },
          language,
        }),
      ])
      if (issue.status !== 200) {
        report(`issue answered ${show(issue)} (PATCH ${show(patch)})`)
        return 'issue failed'
      }
      const { number } = issue.body.invoice as Invoice
      ledger.set(draft.id, issue.body.invoice)
      const stored = await payload.findByID({
        collection: 'invoices',
        id: draft.id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      const storedLines = stored?.lines.map((line) => line.description)
      const answeredLines = (issue.body.invoice as Invoice).lines.map((line) => line.description)
      if (patch.status === 409) {
        if (message(patch) !== translate(language, 'invoiceImmutable', { number: number! }))
          report(`PATCH refused with ${show(patch)}`)
        if (JSON.stringify(storedLines) !== JSON.stringify(['Leather wallet']))
          report(`the refused PATCH left lines ${storedLines}`)
        return 'issue first, PATCH 409'
      }
      if (patch.status === 200) {
        // The PATCH came first: the issue waited for it and issued its lines.
        if (JSON.stringify(answeredLines) !== JSON.stringify([`Changed ${round}`]))
          report(`PATCH 200 but the issue answered lines ${answeredLines}`)
        if (JSON.stringify(storedLines) !== JSON.stringify(answeredLines))
          report(`stored lines ${storedLines}, the issue answered ${answeredLines}`)
        return 'PATCH first, issue 200'
      }
      report(`PATCH answered ${show(patch)}`)
      return `PATCH ${patch.status}`
    })
    expect(problems).toEqual([])
  })

  it('issue against a DELETE of the draft: the DELETE is refused after the issue, or the issue finds no invoice after the DELETE', async () => {
    const shop = await invoicingShop(payload, world)
    const problems = await race('issue vs DELETE', shop, async (round, ledger, report) => {
      const draft = await draftOf(shop)
      const language = LANGUAGES[round % LANGUAGES.length]
      const [issueSide, deleteSide] = sides(round)
      const [issue, remove] = await Promise.all([
        staggered(round, () => issueOn(issueSide, shop, draft.id)),
        call(deleteSide, 'DELETE', `/api/invoices/${draft.id}`, { token: shop.owner, language }),
      ])
      if (issue.status === 200) ledger.set(draft.id, issue.body.invoice)
      if (issue.status === 200 && remove.status === 409) {
        if (message(remove) !== translate(language, 'invoiceImmutable', { number: issue.body.invoice.number }))
          report(`DELETE refused with ${show(remove)}`)
        return 'issue first, DELETE 409'
      }
      if (issue.status === 404 && remove.status === 200) {
        if (message(issue) !== translate('en', 'invoiceNotFound')) report(`issue refused with ${show(issue)}`)
        return 'DELETE first, issue 404'
      }
      report(`issue ${show(issue)}, DELETE ${show(remove)}`)
      return `issue ${issue.status}, DELETE ${remove.status}`
    })
    expect(problems).toEqual([])
  })

  it('issue against the deletion of its order: the deletion is refused after the issue (the invoice keeps its order), or the issue sees the draft without it', async () => {
    const shop = await invoicingShop(payload, world)
    const problems = await race('issue vs order deletion', shop, async (round, ledger, report) => {
      const orderId = await orderOf(shop)
      const draft = await draftOf(shop, { order: orderId, customer: FROM_ORDER })
      const language = LANGUAGES[round % LANGUAGES.length]
      const [issueSide, deleteSide] = sides(round)
      const [issue, remove] = await Promise.all([
        staggered(round, () => issueOn(issueSide, shop, draft.id)),
        call(deleteSide, 'DELETE', `/api/orders/${orderId}`, { token: shop.owner, language }),
      ])
      if (issue.status !== 200) {
        report(`issue answered ${show(issue)} (order deletion ${show(remove)})`)
        return 'issue failed'
      }
      ledger.set(draft.id, issue.body.invoice)
      const stored = await payload.findByID({ collection: 'invoices', id: draft.id, depth: 0, overrideAccess: true })
      const answeredOrder = issue.body.invoice.order ?? null
      if ((stored.order ?? null) !== answeredOrder)
        report(`the issue answered order ${answeredOrder}, stored ${stored.order ?? null}`)
      if (remove.status === 409) {
        if (message(remove) !== translate(language, 'orderHasIssuedInvoice', { count: 1 }))
          report(`order deletion refused with ${show(remove)}`)
        if (answeredOrder !== orderId) report(`order deletion refused, yet the invoice was issued without its order`)
        return 'issue first, order deletion 409'
      }
      if (remove.status === 200) {
        // The deletion came first: the issue waited and issued a draft that had lost its order.
        if (answeredOrder !== null) report(`order ${orderId} deleted, the issue answered it as the invoice's order`)
        return 'order deletion first, issue 200'
      }
      report(`order deletion answered ${show(remove)}`)
      return `order deletion ${remove.status}`
    })
    expect(problems).toEqual([])
  })

  // Crediting locks the invoice, then inserts the credit note, whose foreign key takes a share lock on the order:
  // an order deletion that locked the order outright before waiting for the invoice would deadlock with it.
  it('a credit note against the deletion of its order: no deadlock, the deletion is refused, both documents keep the order', async () => {
    const shop = await invoicingShop(payload, world)
    const problems = await race(
      'credit note vs order deletion',
      shop,
      async (round, ledger, report) => {
        const orderId = await orderOf(shop)
        const made = await call(here.url, 'POST', '/api/vendor/invoices', {
          token: shop.owner,
          body: { order: orderId, customer: FROM_ORDER, issue: true },
        })
        if (made.status !== 201) throw new Error(`invoice: ${show(made)}`)
        const original = made.body.invoice as Invoice
        ledger.set(original.id, original)
        const language = LANGUAGES[round % LANGUAGES.length]
        const [creditSide, deleteSide] = sides(round)
        const [credit, remove] = await Promise.all([
          staggered(round, () =>
            call(creditSide, 'POST', `/api/vendor/invoices/${original.id}/credit-note`, { token: shop.owner }),
          ),
          call(deleteSide, 'DELETE', `/api/orders/${orderId}`, { token: shop.owner, language }),
        ])
        if (credit.status !== 201) report(`credit note answered ${show(credit)} (order deletion ${show(remove)})`)
        else
          ledger.set(original.id, { ...original, status: 'credited' }).set(credit.body.invoice.id, credit.body.invoice)
        const refusals = [1, 2].map((count) => translate(language, 'orderHasIssuedInvoice', { count }))
        if (remove.status !== 409 || !refusals.includes(message(remove)))
          report(`order deletion answered ${show(remove)}`)
        const { docs } = await payload.find({
          collection: 'invoices',
          where: { order: { equals: orderId } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        if (docs.length !== (credit.status === 201 ? 2 : 1)) report(`${docs.length} documents kept order ${orderId}`)
        return `credit note ${credit.status}, order deletion ${remove.status}`
      },
      CREDIT_ROUNDS,
    )
    expect(problems).toEqual([])
  })
})

describe('draft writes against the deletion of their order over two app instances', () => {
  // Deleting an order unlinks its drafts (the foreign key sets their order to null). A PATCH of such a draft that
  // read the draft before and waited behind the deletion for the row's lock must not write the order back.
  it('PATCH of a draft made from an order against the deletion of the order: both 200, in either order, no 5xx', async () => {
    const shop = await invoicingShop(payload, world)
    const problems = await race('draft PATCH vs order deletion', shop, async (round, _ledger, report) => {
      const orderId = await orderOf(shop)
      const draft = await draftOf(shop, { order: orderId, customer: FROM_ORDER })
      const language = LANGUAGES[round % LANGUAGES.length]
      const changed = [{ description: `Changed ${round}`, quantity: 3, unitPrice: 1000, vatCategory: 'standard' }]
      const [patchSide, deleteSide] = sides(round)
      // Each write goes first in half of the rounds: the other one starts after the round's delay (a PATCH does
      // more before it takes the row's lock than the deletion, so it needs the longer head starts).
      const patchLater = round % 2 === 0
      const delay = [0, 50, 200, 500][Math.floor(round / 2) % 4]
      const delayed = <T>(later: boolean, start: () => Promise<T>) =>
        later ? new Promise((resolve) => setTimeout(resolve, delay)).then(start) : start()
      const [patch, remove] = await Promise.all([
        delayed(patchLater, () =>
          call(patchSide, 'PATCH', `/api/invoices/${draft.id}`, {
            token: shop.owner,
            body: { lines: changed },
            language,
          }),
        ),
        delayed(!patchLater, () =>
          call(deleteSide, 'DELETE', `/api/orders/${orderId}`, { token: shop.owner, language }),
        ),
      ])
      if (remove.status !== 200) report(`order deletion answered ${show(remove)} (PATCH ${show(patch)})`)
      if (patch.status !== 200) report(`PATCH answered ${show(patch)} (order deletion ${show(remove)})`)
      const stored = await payload.findByID({
        collection: 'invoices',
        id: draft.id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!stored) report('the draft is gone')
      else {
        if (patch.status === 200 && stored.lines.map((line) => line.description).join() !== `Changed ${round}`)
          report(`PATCH 200 but the draft has lines ${stored.lines.map((line) => line.description)}`)
        if (remove.status === 200 && (stored.order ?? null) !== null)
          report(`order ${orderId} deleted, the draft still names order ${JSON.stringify(stored.order)}`)
        if (stored.status !== 'draft') report(`the draft is now ${stored.status}`)
      }
      const orderLeft = await payload.findByID({
        collection: 'orders',
        id: orderId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (remove.status === 200 && orderLeft) report(`order deletion answered 200, the order is still there`)
      // Which came first: the PATCH answers the draft as it committed it, with its order or without.
      const first = patch.status !== 200 ? '' : patch.body?.doc?.order ? ', PATCH first' : ', order deletion first'
      return `PATCH ${patch.status}, order deletion ${remove.status}${first}`
    })
    expect(problems).toEqual([])
  })
})

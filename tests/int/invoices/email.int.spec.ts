import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { luxembourgDay } from '@/services/invoices/context'

import { type SmtpStandIn, startSmtpStandIn } from '../../../scripts/stand-ins/smtp/server'
import {
  invoicingShop,
  invoicingWorld,
  type InvoicingWorld,
  issue,
  linesInvoice,
  LU_CONSUMER,
} from '../../helpers/invoicing'
import { testPayload } from '../../helpers/payload'

let payload: Payload
let world: InvoicingWorld
let smtp: SmtpStandIn
let liveSmtpUrl: string
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-mail-'))
const year = luxembourgDay(new Date()).slice(0, 4)

beforeAll(async () => {
  smtp = await startSmtpStandIn({ port: 0, dir: mailDir, log: () => {} })
  liveSmtpUrl = `smtp://127.0.0.1:${new URL(smtp.url).port}`
  process.env.SMTP_URL = liveSmtpUrl
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

afterAll(async () => {
  await smtp?.close()
  fs.rmSync(mailDir, { recursive: true, force: true })
})

const mailJob = async (invoiceId: number) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendEmail' } },
    pagination: false,
  })
  return docs.find((job) => (job.input as { mailId?: string }).mailId === `invoice:${invoiceId}`)
}

describe('emailing an invoice', () => {
  it('queues the mail in the customer’s language and delivers it with the PDF attached', async () => {
    const { owner } = await invoicingShop(payload, world)
    const to = `client-${Date.now()}@example.fr`
    const created = await linesInvoice(owner, {
      customer: { ...LU_CONSUMER, email: to, locale: 'fr' },
      issue: true,
      email: true,
    })
    expect(created.status).toBe(201)
    const invoice = created.body.invoice
    const job = await mailJob(invoice.id)
    expect(job).toBeDefined()
    await payload.jobs.run({ where: { id: { equals: job!.id } }, silent: true })

    const caught = smtp.messages().filter((message) => message.envelope.to.includes(to))
    expect(caught).toHaveLength(1)
    const mail = await simpleParser(fs.readFileSync(caught[0].file))
    expect(mail.subject).toBe(`Facture INV-${year}-00001 de « LuxCraft S.à r.l. »`)
    expect(mail.text).toContain('Bonjour Anne Muller,')
    expect(mail.text).toContain('101,33')
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments[0]).toMatchObject({ contentType: 'application/pdf', filename: `INV-${year}-00001.pdf` })
    expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-')
    const sent = await payload.find({
      collection: 'sent-emails',
      where: { mailId: { equals: `invoice:${invoice.id}` } },
    })
    expect(sent.totalDocs).toBe(1)
  })

  it('through POST /issue {email: true}; 400 when the customer has no email', async () => {
    const { owner } = await invoicingShop(payload, world)
    const to = `kunde-${Date.now()}@example.de`
    const draft = (await linesInvoice(owner, { customer: { ...LU_CONSUMER, email: to, locale: 'de' } })).body.invoice
    expect((await issue(owner, draft.id, { email: true })).status).toBe(200)
    const job = await mailJob(draft.id)
    await payload.jobs.run({ where: { id: { equals: job!.id } }, silent: true })
    const mail = await simpleParser(
      fs.readFileSync(smtp.messages().find((message) => message.envelope.to.includes(to))!.file),
    )
    expect(mail.subject).toBe(`Rechnung INV-${year}-00001 von „LuxCraft S.à r.l.“`)

    const noEmail = (await linesInvoice(owner, { customer: { ...LU_CONSUMER, email: null } })).body.invoice
    const refused = await issue(owner, noEmail.id, { email: true })
    expect(refused.status).toBe(400)
    expect((await payload.findByID({ collection: 'invoices', id: noEmail.id })).status).toBe('draft')
  })

  it('a mail server that is down delays the mail, not the invoice', async () => {
    const { owner } = await invoicingShop(payload, world)
    process.env.SMTP_URL = 'smtp://127.0.0.1:9' // nothing listens there
    try {
      const to = `later-${Date.now()}@example.lu`
      const created = await linesInvoice(owner, { customer: { ...LU_CONSUMER, email: to }, issue: true, email: true })
      expect(created.status).toBe(201)
      expect(created.body.invoice.status).toBe('issued')
      const job = await mailJob(created.body.invoice.id)
      await payload.jobs.run({ where: { id: { equals: job!.id } }, silent: true })
      const after = await mailJob(created.body.invoice.id)
      expect(after).toBeDefined() // kept for a retry
      expect(after!.totalTried).toBeGreaterThan(0)
      expect(smtp.messages().some((message) => message.envelope.to.includes(to))).toBe(false)
      expect((await payload.findByID({ collection: 'invoices', id: created.body.invoice.id })).status).toBe('issued')
    } finally {
      process.env.SMTP_URL = liveSmtpUrl
    }
  })
})

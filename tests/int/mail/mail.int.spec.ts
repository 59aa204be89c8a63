import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type ParsedMail, simpleParser } from 'mailparser'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Platform } from '@/payload-types'
import { deliverEmail } from '@/services/mail/deliverEmail'
import { queueEmail } from '@/services/mail/queueEmail'

import { type SmtpStandIn, startSmtpStandIn } from '../../../scripts/stand-ins/smtp/server'
import { createPlatform, createUser, createVendor, uid } from '../../helpers/fixtures'
import { idleInTransaction } from '../../helpers/idleTransactions'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let smtp: SmtpStandIn
let smtpPort: number
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-spec-'))

const TRIAL_END = '2026-12-29T10:00:00.000Z'
const EVIL_NAME = 'Bäckerei <script>alert("x")</script> & Söhne'

const startSmtp = async (port: number) => {
  smtp = await startSmtpStandIn({ port, dir: mailDir, log: () => {} })
  smtpPort = Number(new URL(smtp.url).port)
}

const welcomeVars = (vendorName = `Vendor ${uid()}`) => ({
  vendorName,
  trialEndsAt: TRIAL_END,
  adminUrl: 'https://oms.example.lu/admin',
  planName: 'Professional',
  priceAfterTrial: 7900,
  billingPeriod: 'monthly' as const,
  loginEmail: 'marie@epicerie.lu',
  shopName: 'Épicerie Müller Luxembourg',
})

async function queueWelcome(
  options: { to?: string; locale?: 'en' | 'fr' | 'de'; vendorName?: string; mailId?: string } = {},
) {
  const to = options.to ?? `owner-${uid()}@shop.test`
  const req = await createLocalReq({}, payload)
  const job = await queueEmail(req, {
    to,
    template: 'welcome',
    locale: options.locale ?? 'en',
    platform: platform.code,
    vars: welcomeVars(options.vendorName),
    mailId: options.mailId,
  })
  return { job, to }
}

/** Runs the queue's due jobs among `ids` (other test files share the database and may queue jobs too). */
const runJobs = (ids: (number | string)[]) => payload.jobs.run({ where: { id: { in: ids } }, silent: true })

const findJob = async (id: number | string) =>
  (await payload.find({ collection: 'payload-jobs', where: { id: { equals: id } }, limit: 1 })).docs[0]

const received = (to: string) => smtp.messages().filter((message) => message.envelope.to.includes(to))

async function receivedOne(to: string): Promise<ParsedMail> {
  const messages = received(to)
  expect(messages).toHaveLength(1)
  expect(fs.existsSync(messages[0].file)).toBe(true)
  expect(fs.existsSync(messages[0].file.replace(/\.eml$/, '.json'))).toBe(true)
  return simpleParser(fs.readFileSync(messages[0].file))
}

beforeAll(async () => {
  await startSmtp(0)
  // Credentials in the URL: the stand-in accepts any login, and the adapter reads SMTP_URL at each send.
  process.env.SMTP_URL = `smtp://mailer:secret@127.0.0.1:${smtpPort}`
  payload = await testPayload()
  const code = `mail${uid()}`
  platform = await payload.create({
    collection: 'platforms',
    data: {
      code,
      name: `Platform ${code}`,
      branding: { primaryColor: '#c0ffee', logoUrl: 'https://cdn.example.lu/logo.png' },
    },
  })
})

afterAll(async () => {
  await smtp?.close()
  fs.rmSync(mailDir, { recursive: true, force: true })
})

describe('the welcome mail', () => {
  it('arrives in French: subject, text, branded HTML, sender and recipient, the trial end as French write it', async () => {
    const { job, to } = await queueWelcome({ locale: 'fr', vendorName: 'Épicerie Müller' })
    await runJobs([job.id])

    const mail = await receivedOne(to)
    expect(mail.subject).toBe(`Bienvenue sur ${platform.name} : « Épicerie Müller » est prêt`)
    expect(mail.from?.value).toEqual([{ name: platform.name, address: 'no-reply@localhost' }])
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name: '', address: to }])
    // The person is greeted, not the company; then the shop, the plan and its price after the trial, the login.
    expect(mail.text).toMatch(/^Bonjour,\n/)
    expect(mail.text).not.toContain('Bonjour Épicerie')
    expect(mail.text).toContain(`Votre compte ${platform.name} pour Épicerie Müller est prêt.`)
    expect(mail.text).toContain('Votre boutique Letzshop : Épicerie Müller Luxembourg.')
    expect(mail.text).toContain('Votre formule est Professional.')
    expect(mail.text).toContain(
      'Votre essai gratuit court jusqu’au 29 décembre 2026 ; ensuite, la formule Professional coûte 79,00\u00a0€ par mois.',
    )
    expect(mail.text).toContain('Vous vous connectez avec marie@epicerie.lu.')
    expect(mail.text).toContain('https://oms.example.lu/admin')
    const html = String(mail.html)
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('29 décembre 2026')
    expect(html).toContain('href="https://oms.example.lu/admin"')
    expect(html).toContain('#c0ffee')
    expect(html).toContain('src="https://cdn.example.lu/logo.png"')
    expect(html).toContain('Ouvrir votre espace d’administration')
    // Done: the job is gone (deleteJobOnComplete) and the mail is recorded once.
    expect(await findJob(job.id)).toBeUndefined()
    const sent = await payload.find({ collection: 'sent-emails', where: { mailId: { equals: job.input.mailId } } })
    expect(sent.docs.map((doc) => [doc.to, doc.template, doc.locale, doc.subject])).toEqual([
      [to, 'welcome', 'fr', mail.subject],
    ])
  })

  it('arrives in German, and a vendor name with markup is escaped in the HTML', async () => {
    const { job, to } = await queueWelcome({ locale: 'de', vendorName: EVIL_NAME })
    await runJobs([job.id])

    const mail = await receivedOne(to)
    // A name past 40 characters is cut in the subject, which quotes it.
    expect(mail.subject).toBe(`Willkommen bei ${platform.name}: „Bäckerei <script>alert("x")</script> &…“ ist bereit`)
    expect(mail.text).toMatch(/^Guten Tag,\n/)
    expect(mail.text).toContain(`Ihr ${platform.name}-Konto für ${EVIL_NAME} ist bereit.`)
    expect(mail.text).toContain(
      'Ihre kostenlose Testphase läuft bis zum 29. Dezember 2026; danach kostet Professional 79,00\u00a0€ pro Monat.',
    )
    expect(mail.text).toContain('Sie melden sich mit marie@epicerie.lu an.')
    const html = String(mail.html)
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('Verwaltung öffnen')
    expect(html).not.toContain('<script>')
    expect(html).toContain('für Bäckerei &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Söhne ist bereit.')
  })

  it('arrives in English with the annual price, and without a shop line when none was claimed', async () => {
    const req = await createLocalReq({}, payload)
    const to = `owner-${uid()}@shop.test`
    const job = await queueEmail(req, {
      to,
      template: 'welcome',
      locale: 'en',
      platform: platform.code,
      vars: {
        ...welcomeVars('A Very Long Company Name S.à r.l. of Luxembourg City'),
        billingPeriod: 'annual',
        priceAfterTrial: 79000,
        shopName: null,
      },
    })
    await runJobs([job.id])
    const mail = await receivedOne(to)
    expect(mail.subject).toBe(`Welcome to ${platform.name}: “A Very Long Company Name S.à r.l. of Lu…” is ready`)
    expect(mail.text).toMatch(/^Hello,\n/)
    expect(mail.text).toContain('after it, Professional costs €790.00 per year.')
    expect(mail.text).toContain('Your free trial runs until 29 December 2026')
    expect(mail.text).not.toContain('Letzshop shop')
  })

  it('refuses bad variables when the mail is queued, not later in the job', async () => {
    const req = await createLocalReq({}, payload)
    const bad = (vars: Record<string, unknown>) =>
      queueEmail(req, {
        to: 'x@shop.test',
        template: 'welcome',
        locale: 'en',
        platform: platform.code,
        vars: { ...welcomeVars(), ...vars } as never,
      })
    await expect(bad({ adminUrl: 'javascript:alert(1)' })).rejects.toThrow()
    await expect(bad({ trialEndsAt: 'next month' })).rejects.toThrow()
    await expect(bad({ vendorName: '  ' })).rejects.toThrow()
  })
})

describe('a mail server that is down delays mail and loses none', () => {
  it('fails the job, retries it after a backoff, and sends when the server is back', async () => {
    await smtp.close()
    const { job, to } = await queueWelcome({ locale: 'fr' })
    const before = Date.now()
    await runJobs([job.id])

    const failed = await findJob(job.id)
    expect(failed).toBeDefined()
    expect(failed.totalTried).toBe(1)
    expect(failed.hasError).toBe(false)
    expect(failed.processing).toBe(false)
    expect(failed.completedAt ?? null).toBeNull()
    expect(JSON.stringify(failed.log)).toMatch(/ECONNREFUSED/)
    // Exponential backoff: the first retry waits 30 s.
    expect(new Date(failed.waitUntil!).getTime()).toBeGreaterThanOrEqual(before + 29_000)

    // Not due yet: the queue leaves it alone.
    await runJobs([job.id])
    expect((await findJob(job.id)).totalTried).toBe(1)

    await startSmtp(smtpPort)
    // Time passes: the retry is due.
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await runJobs([job.id])

    expect(await findJob(job.id)).toBeUndefined()
    expect((await receivedOne(to)).subject).toContain('Bienvenue sur')
  })

  it('without SMTP_URL the job fails with a message naming SMTP_URL and stays queued', async () => {
    const url = process.env.SMTP_URL
    delete process.env.SMTP_URL
    try {
      const { job, to } = await queueWelcome()
      await runJobs([job.id])
      const failed = await findJob(job.id)
      expect(failed.hasError).toBe(false)
      expect(failed.totalTried).toBe(1)
      expect(JSON.stringify(failed.log)).toContain('set SMTP_URL')
      expect(received(to)).toHaveLength(0)

      process.env.SMTP_URL = url
      await payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      })
      await runJobs([job.id])
      expect(received(to)).toHaveLength(1)
    } finally {
      process.env.SMTP_URL = url
    }
  })
})

describe('configuration', () => {
  it('in production a send without MAIL_FROM fails naming it (the mail stays queued)', async () => {
    const env = { NODE_ENV: process.env.NODE_ENV, MAIL_FROM: process.env.MAIL_FROM }
    const to = `prod-${uid()}@shop.test`
    try {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = 'production'
      delete process.env.MAIL_FROM
      await expect(payload.sendEmail({ to, subject: 'x', text: 'x' })).rejects.toThrow(/set MAIL_FROM/)
    } finally {
      Object.assign(process.env, env)
    }
    expect(received(to)).toHaveLength(0)
  })
})

describe('a mail is sent once', () => {
  it('two jobs for one mailId (a job run twice) send one message', async () => {
    const mailId = `welcome:${uid()}`
    const first = await queueWelcome({ mailId })
    await runJobs([first.job.id])
    const second = await queueWelcome({ mailId, to: first.to })
    await runJobs([second.job.id])

    expect(received(first.to)).toHaveLength(1)
    expect(await findJob(second.job.id)).toBeUndefined()
    expect((await payload.count({ collection: 'sent-emails', where: { mailId: { equals: mailId } } })).totalDocs).toBe(
      1,
    )
  })

  it('two workers delivering the same mail at once send one message', async () => {
    const to = `owner-${uid()}@shop.test`
    const mail = {
      mailId: `welcome:${uid()}`,
      to,
      template: 'welcome',
      locale: 'de',
      platform: platform.code,
      vars: welcomeVars(),
    }
    const results = await Promise.all([deliverEmail(payload, mail), deliverEmail(payload, mail)])
    expect(results.map((result) => result.status).sort()).toEqual(['already-sent', 'sent'])
    expect(received(to)).toHaveLength(1)
  })
  it('holds no transaction open while the SMTP server takes its time, and a second run waits and sends nothing', async () => {
    const to = `slow-${uid()}@shop.test`
    const mail = {
      mailId: `welcome:${uid()}`,
      to,
      template: 'welcome',
      locale: 'fr',
      platform: platform.code,
      vars: welcomeVars(),
    }
    const held = smtp.hold()
    const first = deliverEmail(payload, mail)
    await held.reached
    const second = deliverEmail(payload, mail)
    // The SMTP server has the message and has not answered: our connections wait in no transaction.
    expect(await idleInTransaction(payload)).toBe(0)
    expect(
      (await payload.count({ collection: 'sent-emails', where: { mailId: { equals: mail.mailId } } })).totalDocs,
    ).toBe(0)
    held.release()
    expect((await first).status).toBe('sent')
    expect((await second).status).toBe('already-sent')
    expect(received(to)).toHaveLength(1)
  })
})

describe('the queue and the mail log over REST', () => {
  it('only super admins may run the queue or read sent mails; nobody reads or writes jobs', async () => {
    const { platform: own, tiers } = await createPlatform(payload)
    const vendor = await createVendor(payload, [{ platform: own, tier: tiers[0] }])
    const owner = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const platformAdmin = await createUser(payload, ['platform-admin'], { platforms: [own.id] })
    const superAdmin = await createUser(payload, ['super-admin'])
    const { job } = await queueWelcome({ to: `queued-${uid()}@shop.test` })
    await runJobs([job.id])

    for (const token of [undefined, owner.token, platformAdmin.token]) {
      for (const path of ['/api/payload-jobs/run', '/api/payload-jobs/handle-schedules']) {
        expect((await rest('GET', path, { token })).status, `${path} ${token ? 'signed in' : 'anonymous'}`).toBe(401)
      }
      const mails = await rest('GET', '/api/sent-emails', { token })
      expect(mails.status === 403 || mails.body.totalDocs === 0, JSON.stringify(mails.body).slice(0, 200)).toBe(true)
      const jobs = await rest('GET', '/api/payload-jobs', { token })
      expect(jobs.status === 403 || jobs.body.totalDocs === 0, JSON.stringify(jobs.body).slice(0, 200)).toBe(true)
      expect(
        (
          await rest('POST', '/api/sent-emails', {
            token,
            body: { mailId: 'x', to: 'x@y.test', template: 'welcome', locale: 'en' },
          })
        ).status,
      ).toBe(403)
    }
    expect((await rest('GET', '/api/sent-emails', { token: superAdmin.token })).body.totalDocs).toBeGreaterThan(0)
    expect(
      (
        await rest('POST', '/api/sent-emails', {
          token: superAdmin.token,
          body: { mailId: 'x', to: 'x@y.test', template: 'welcome', locale: 'en' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('GET', `/api/payload-jobs/run?queue=empty-${uid()}&disableScheduling=true`, {
          token: superAdmin.token,
        })
      ).status,
    ).toBe(200)
  })
})

describe('the password reset mail', () => {
  const resetLink = async (email: string) => {
    expect((await rest('POST', '/api/users/forgot-password', { body: { email } })).status).toBe(200)
    const html = String((await receivedOne(email)).html)
    return /href="([^"]*\/reset\/[^"]+)"/.exec(html)?.[1]
  }

  it('links to the reset page with an absolute address: SERVER_URL in production', async () => {
    vi.stubEnv('SERVER_URL', 'https://admin.example.lu/')
    try {
      const { user } = await createUser(payload, ['vendor-owner'])
      expect(await resetLink(user.email)).toMatch(/^https:\/\/admin\.example\.lu\/admin\/reset\/[0-9a-f]+$/)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it("without SERVER_URL (development), the request's own origin", async () => {
    const { user } = await createUser(payload, ['vendor-owner'])
    expect(await resetLink(user.email)).toMatch(/^http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]+$/)
  })
})

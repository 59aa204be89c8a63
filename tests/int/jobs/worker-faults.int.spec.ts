import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type SmtpStandIn, startSmtpStandIn } from '../../../scripts/stand-ins/smtp/server'
import { type FaultCluster, startFaultCluster, startJobsWorker, type WorkerProcess } from '../../helpers/faultCluster'

/**
 * The real worker process (`npm run jobs`'s scripts/jobs.ts) on a PostgreSQL cluster of this file's own, sending
 * mails through the SMTP stand-in: killed (SIGKILL) or stopped (SIGTERM) mid-batch, then another worker; and the
 * database restarted and away under a running worker.
 */
let cluster: FaultCluster
let smtp: SmtpStandIn
let mailDir: string
const workers: WorkerProcess[] = []

const until = async (what: string, check: () => Promise<boolean> | boolean, ms = 120_000) => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const worker = async (env: Record<string, string> = {}) => {
  const started = await startJobsWorker({ DATABASE_URL: cluster.url, SMTP_URL: smtp.url, ...env })
  workers.push(started)
  return started
}

/** Queues `count` welcome mails `<batch>-<n>`, as queueEmail writes them. */
async function queueMails(batch: string, count: number) {
  await cluster.query(
    `INSERT INTO payload_jobs (input, task_slug, queue, total_tried, has_error, processing)
     SELECT jsonb_build_object('mailId', $1 || '-' || n, 'to', 'owner' || n || '@example.lu', 'template', 'welcome',
       'locale', 'en', 'platform', 'oms', 'vars', jsonb_build_object('vendorName', 'Shop ' || n,
       'trialEndsAt', '2027-01-01T00:00:00.000Z', 'adminUrl', 'http://localhost:3000/admin'), 'attachments', null),
       'sendEmail', 'default', 0, false, false
     FROM generate_series(1, $2::integer) n`,
    [batch, count],
  )
}

const jobsLeft = async () =>
  (await cluster.query<{ n: number }>(`SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'sendEmail'`))[0].n
const processing = async () =>
  (await cluster.query<{ n: number }>(`SELECT count(*)::int AS n FROM payload_jobs WHERE processing`))[0].n
const sentRows = async (batch: string) =>
  (
    await cluster.query<{ n: number; distinct: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT mail_id)::int AS distinct FROM sent_emails WHERE mail_id LIKE $1 || '-%'`,
      [batch],
    )
  )[0]
beforeAll(async () => {
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-mail-'))
  smtp = await startSmtpStandIn({ port: 0, dir: mailDir, log: () => undefined })
  cluster = await startFaultCluster(54361)
}, 480_000) // a cluster of its own, migrated and seeded: minutes on a loaded machine

afterEach(async () => {
  for (const started of workers.splice(0)) {
    if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGKILL')
    await started.exited
  }
})

afterAll(async () => {
  await cluster?.close()
  await smtp?.close()
  fs.rmSync(mailDir, { recursive: true, force: true })
})

describe('the jobs worker caught mid-run', () => {
  it('SIGTERM: the running jobs finish or go back to the queue before it exits 0; the next worker runs the rest', async () => {
    await queueMails('term', 120)
    const first = await worker({ JOBS_STOP_GRACE_SECONDS: '0' })
    await until('a first mail', async () => (await sentRows('term')).n > 0)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    // Nothing is left processing: no time-out to wait for.
    expect(await processing()).toBe(0)
    const done = (await sentRows('term')).n
    expect(done).toBeLessThan(120)

    await worker()
    await until('every mail sent', async () => (await jobsLeft()) === 0)
    expect(await sentRows('term')).toEqual({ n: 120, distinct: 120 })
  }, 300_000)

  it('SIGKILL: the jobs it held are taken again once their time-out has passed, each mail recorded once', async () => {
    await queueMails('kill', 120)
    const first = await worker()
    await until('a first mail', async () => (await sentRows('kill')).n > 0)
    first.child.kill('SIGKILL')
    await first.exited
    const stuck = await processing()
    expect(stuck).toBeGreaterThan(0)

    // A new worker does not take a job another may still be running...
    const second = await worker()
    await until('the jobs nobody holds', async () => (await jobsLeft()) === stuck)
    expect(await processing()).toBe(stuck)
    // ... until its time-out (10 minutes for sendEmail) has passed: the clock moved by ageing the claims.
    await cluster.query(`UPDATE payload_jobs SET updated_at = updated_at - interval '11 minutes' WHERE processing`)
    await until('every mail sent', async () => (await jobsLeft()) === 0)
    expect(await sentRows('kill')).toEqual({ n: 120, distinct: 120 })
    expect(second.child.exitCode).toBeNull()
  }, 300_000)
})

describe('the jobs worker outlives the database', () => {
  it('goes on by itself after a fast restart, an immediate restart and an outage, then stops with 0', async () => {
    const running = await worker()
    for (const [batch, fault] of [
      ['fast', () => cluster.restart('fast')],
      ['immediate', () => cluster.restart('immediate')],
      ['outage', () => cluster.outage(5_000)],
    ] as const) {
      await queueMails(batch, 40)
      await until(`a first ${batch} mail`, async () => (await sentRows(batch)).n > 0)
      await fault()
      await until(
        `every ${batch} mail`,
        async () => (await sentRows(batch)).distinct === 40 && (await jobsLeft()) === 0,
      )
      expect(running.child.exitCode).toBeNull()
    }
    expect(running.output()).toMatch(/database unreachable/)
    running.child.kill('SIGTERM')
    expect(await running.exited).toBe(0)
  }, 300_000)
})

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { transactionLock } from '@/services/db/locks'
import { isDatabaseUnavailable } from '@/services/db/outage'
import * as tables from '@/services/db/tables'
import { inTransaction } from '@/services/transactions'

const sent = tables.sentEmails
const jobs = tables.payloadJobs

export const SENT_EMAIL_STATUSES = ['sending', 'sent'] as const

/**
 * How long a `sending` marker holds a mail for the run that wrote it. Longer than one SMTP exchange can take (the
 * transport gives up after 10 s connecting, 10 s for the greeting and 30 s of silence: smtpEmailAdapter), so a run
 * that finds a younger marker knows another run may be talking to SMTP right now; an older one was left by a run
 * that died (a crash between the send and its mark, or before the send).
 */
export const SENDING_LEASE_MS = 10 * 60_000

/** What a run of a mail may do: send it (it holds the marker now), or nothing (sent already). */
export type SendingClaim = { status: 'claimed' } | { status: 'already-sent'; messageId: string | null }

/** Another run holds the mail's fresh `sending` marker: this run sends nothing and is retried later. */
export class MailBeingSent extends Error {
  constructor(mailId: string) {
    super(`Mail ${mailId} is being sent by another run; this run sends nothing and is retried later.`)
    this.name = 'MailBeingSent'
  }
}

type Recipient = { mailId: string; to: string; template: string; locale: string; subject: string }

/**
 * Claims a mail for sending, in a short transaction of its own that commits before SMTP is called: under an advisory
 * lock on the mailId, a `sent` row answers `already-sent`, a `sending` row younger than SENDING_LEASE_MS throws
 * MailBeingSent, and otherwise the row is written (or taken over) as `sending` from now. Taking over an expired
 * marker sends the mail again: at-least-once (docs/email.md).
 */
export async function claimSending(payload: Payload, mail: Recipient, now: Date = new Date()): Promise<SendingClaim> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await transactionLock(req, 'sent-emails', mail.mailId)
    const { docs } = await payload.find({
      collection: 'sent-emails',
      where: { mailId: { equals: mail.mailId } },
      limit: 1,
      depth: 0,
      req,
    })
    const row = docs[0]
    if (row?.status === 'sent') return { status: 'already-sent' as const, messageId: row.messageId ?? null }
    if (row && row.sendingSince && now.getTime() - new Date(row.sendingSince).getTime() < SENDING_LEASE_MS)
      throw new MailBeingSent(mail.mailId)
    const data = { ...mail, status: 'sending' as const, sendingSince: now.toISOString(), messageId: null }
    if (row) await payload.update({ collection: 'sent-emails', id: row.id, data, req })
    else await payload.create({ collection: 'sent-emails', data, req })
    return { status: 'claimed' as const }
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The SMTP server accepted the mail: its marker becomes `sent`. While the database is away the run keeps trying (1 s,
 * 2 s, … 10 s apart) for most of the lease: this run knows the mail went out, a later run would send it again.
 */
export async function markSent(
  payload: Payload,
  mailId: string,
  messageId: string | null,
  { giveUpAfterMs = SENDING_LEASE_MS / 2 }: { giveUpAfterMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + giveUpAfterMs
  for (let wait = 1_000; ; wait = Math.min(wait * 2, 10_000)) {
    try {
      await payload.update({
        collection: 'sent-emails',
        where: { mailId: { equals: mailId }, status: { equals: 'sending' } },
        data: { status: 'sent', messageId, sendingSince: null },
      })
      return
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + wait > deadline) throw error
      await sleep(wait)
    }
  }
}

/** SMTP refused or failed: the marker is removed so that the job's retry sends the mail. */
export async function releaseSending(payload: Payload, mailId: string): Promise<void> {
  await payload.delete({
    collection: 'sent-emails',
    where: { mailId: { equals: mailId }, status: { equals: 'sending' } },
  })
}

/**
 * A stopping worker hands back `sendEmail` jobs still running: their mails' `sending` markers are removed with them,
 * so the next worker sends those mails at once rather than after the lease (one may have been accepted just before:
 * at-least-once). One statement; jobs of other tasks are left alone.
 */
export async function releaseSendingMarkersOfJobs(payload: Payload, jobIds: (number | string)[]): Promise<void> {
  if (jobIds.length === 0) return
  const ids = `{${jobIds.map(Number).join(',')}}`
  await payload.db.drizzle.execute(sql`
    DELETE FROM ${sent} WHERE ${sent.status} = 'sending' AND ${sent.mail_id} IN (
      SELECT ${jobs.input} ->> 'mailId' FROM ${jobs}
      WHERE ${jobs.id} = ANY(${ids}::integer[]) AND ${jobs.task_slug} = 'sendEmail')`)
}

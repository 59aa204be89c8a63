import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { type Branding, isEmailTemplateName } from '@/emails'
import { type LockedConnection, withSessionLock } from '@/services/db/locks'
import * as tables from '@/services/db/tables'

import { type MailAttachmentRef, resolveAttachments } from './attachments'
import { renderEmail } from './renderEmail'

export type QueuedEmail = {
  /** Unique per mail: a second delivery of the same mailId sends nothing. */
  mailId: string
  to: string
  template: string
  locale: string
  /** The code of the platform whose branding the mail carries. */
  platform: string
  vars: unknown
  /** Files rendered at sending time (e.g. an invoice's PDF). */
  attachments?: MailAttachmentRef[] | null
}

export type DeliveryResult = { status: 'sent' | 'already-sent'; messageId: string | null }

async function platformBranding(
  payload: Payload,
  code: string,
  req: Awaited<ReturnType<typeof createLocalReq>>,
): Promise<Branding> {
  const { docs } = await payload.find({
    collection: 'platforms',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
    req,
  })
  const platform = docs[0]
  if (!platform) throw new Error(`Email for platform "${code}": no such platform.`)
  return {
    name: platform.name,
    primaryColor: platform.branding?.primaryColor ?? '',
    logoUrl: platform.branding?.logoUrl ?? null,
  }
}

const e = tables.sentEmails

/** The message id of the mail's `sent-emails` row, when it went out (undefined: it did not). */
async function sentMessageId(connection: LockedConnection, mailId: string): Promise<string | null | undefined> {
  const { rows } = await connection.run(sql`SELECT ${e.message_id} FROM ${e} WHERE ${e.mail_id} = ${mailId}`)
  return rows[0] ? ((rows[0].message_id as string | null) ?? null) : undefined
}

/**
 * Renders and sends one queued mail, at most once per mailId once it has been sent. The mail is rendered first (its
 * platform, attachments), then a session lock on the mailId (withSessionLock, waited for) serialises two runs of it
 * (claiming a job is not atomic in Payload 3): under it, the `sent-emails` row says whether it went out, the SMTP
 * server is given the message, and the row is written once it accepted it, all on the lock's own connection. No
 * transaction is open while the SMTP server works. A crash between its acceptance and the row can still send the mail
 * twice; that is the one gap SMTP leaves (it has no idempotency key).
 */
export async function deliverEmail(payload: Payload, mail: QueuedEmail): Promise<DeliveryResult> {
  const { template } = mail
  if (!isEmailTemplateName(template)) throw new Error(`Unknown email template "${template}".`)
  const req = await createLocalReq({}, payload)
  const branding = await platformBranding(payload, mail.platform, req)
  const content = renderEmail(template, { locale: mail.locale, branding, vars: mail.vars })
  const attachments = await resolveAttachments(req, mail.attachments)
  return withSessionLock(payload, { namespace: 'sent-emails', key: mail.mailId }, async (connection) => {
    const sent = await sentMessageId(connection, mail.mailId)
    if (sent !== undefined) return { status: 'already-sent', messageId: sent }
    const info = (await payload.sendEmail({
      from: { name: branding.name, address: payload.email.defaultFromAddress },
      to: mail.to,
      subject: content.subject,
      html: content.html,
      text: content.text,
      ...(attachments.length > 0 ? { attachments } : {}),
    })) as { messageId?: string } | undefined
    const messageId = info?.messageId ?? null
    await connection.run(sql`INSERT INTO ${e} (${e.mail_id}, ${e.to}, ${e.template}, ${e.locale}, ${e.subject},
      ${e.message_id}, ${e.updated_at}, ${e.created_at})
      VALUES (${mail.mailId}, ${mail.to}, ${template}, ${mail.locale}, ${content.subject}, ${messageId}, now(), now())`)
    return { status: 'sent', messageId }
  })
}

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { type Branding, isEmailTemplateName } from '@/emails'
import { transactionLock } from '@/services/db/locks'

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

/**
 * Renders and sends one queued mail, at most once per mailId once it has been sent: an advisory lock on the
 * mailId serialises two runs of it (claiming a job is not atomic in Payload 3), and the `sent-emails` row written
 * in the same transaction tells a later run that it went out. A crash between the SMTP server's acceptance and
 * the commit can still send it twice; that is the one gap SMTP leaves (it has no idempotency key).
 */
export async function deliverEmail(payload: Payload, mail: QueuedEmail): Promise<DeliveryResult> {
  if (!isEmailTemplateName(mail.template)) throw new Error(`Unknown email template "${mail.template}".`)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await transactionLock(req, 'sent-emails', mail.mailId)
    const { docs } = await payload.find({
      collection: 'sent-emails',
      where: { mailId: { equals: mail.mailId } },
      limit: 1,
      depth: 0,
      req,
    })
    if (docs[0]) {
      await commitTransaction(req)
      return { status: 'already-sent', messageId: docs[0].messageId ?? null }
    }
    const branding = await platformBranding(payload, mail.platform, req)
    const content = renderEmail(mail.template, { locale: mail.locale, branding, vars: mail.vars })
    const attachments = await resolveAttachments(req, mail.attachments)
    const info = (await payload.sendEmail({
      from: { name: branding.name, address: payload.email.defaultFromAddress },
      to: mail.to,
      subject: content.subject,
      html: content.html,
      text: content.text,
      ...(attachments.length > 0 ? { attachments } : {}),
    })) as { messageId?: string } | undefined
    const messageId = info?.messageId ?? null
    await payload.create({
      collection: 'sent-emails',
      data: {
        mailId: mail.mailId,
        to: mail.to,
        template: mail.template,
        locale: mail.locale,
        subject: content.subject,
        messageId,
      },
      req,
    })
    await commitTransaction(req)
    return { status: 'sent', messageId }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

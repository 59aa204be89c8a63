import { createLocalReq, type Payload } from 'payload'

import { type Branding, isEmailTemplateName } from '@/emails'

import { type MailAttachmentRef, resolveAttachments } from './attachments'
import { renderEmail } from './renderEmail'
import { claimSending, markSent, releaseSending } from './sendingMarker'

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
 * Renders and sends one queued mail, with no database transaction open while SMTP is talked to: claimSending
 * commits a `sending` marker first (a `sent` one: nothing to do; another run's fresh one: MailBeingSent, retried
 * later), then the mail goes out, then the marker becomes `sent`. SMTP failing removes the marker, so the retry sends.
 * A run that dies between the SMTP server's acceptance and the mark leaves a `sending` marker that a later run takes
 * over once its lease has passed and sends again: at-least-once (docs/email.md), never two runs sending at once.
 */
export async function deliverEmail(payload: Payload, mail: QueuedEmail): Promise<DeliveryResult> {
  if (!isEmailTemplateName(mail.template)) throw new Error(`Unknown email template "${mail.template}".`)
  const req = await createLocalReq({}, payload)
  const branding = await platformBranding(payload, mail.platform, req)
  const content = renderEmail(mail.template, { locale: mail.locale, branding, vars: mail.vars })
  const claim = await claimSending(payload, {
    mailId: mail.mailId,
    to: mail.to,
    template: mail.template,
    locale: mail.locale,
    subject: content.subject,
  })
  if (claim.status === 'already-sent') return claim
  let messageId: string | null
  try {
    const attachments = await resolveAttachments(req, mail.attachments)
    const info = (await payload.sendEmail({
      from: { name: branding.name, address: payload.email.defaultFromAddress },
      to: mail.to,
      subject: content.subject,
      html: content.html,
      text: content.text,
      ...(attachments.length > 0 ? { attachments } : {}),
    })) as { messageId?: string } | undefined
    messageId = info?.messageId ?? null
  } catch (error) {
    await releaseSending(payload, mail.mailId).catch(() => undefined) // else its lease frees it
    throw error
  }
  await markSent(payload, mail.mailId, messageId)
  return { status: 'sent', messageId }
}

import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export const SMTP_URL_MISSING =
  'Email is not configured: set SMTP_URL (e.g. smtp://user:pass@host:587). Queued mails stay queued and are retried.'
export const MAIL_FROM_MISSING =
  'Email is not configured: set MAIL_FROM (e.g. "OMS <no-reply@example.lu>"). Queued mails stay queued and are retried.'

const DEVELOPMENT_FROM = { name: 'Letzshop Platforms', address: 'no-reply@localhost' }

/** `Name <address>` or a bare address. */
export function parseMailFrom(value: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)
  if (match) return { name: match[1].trim(), address: match[2] }
  if (/^[^\s@<>]+@[^\s@<>]+$/.test(value.trim())) return { name: '', address: value.trim() }
  throw new Error(`MAIL_FROM "${value}" is not an address: use "Name <no-reply@example.lu>" or "no-reply@example.lu".`)
}

// One transport per SMTP_URL; nodemailer connects per message, so a server that comes back is used at once.
let cached: { url: string; transport: Transporter } | undefined
function transportFor(url: string) {
  if (cached?.url !== url) {
    cached = {
      url,
      transport: nodemailer.createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    }
  }
  return cached.transport
}

const formatAddress = ({ name, address }: { name?: string; address: string }) =>
  name ? `"${name.replace(/["\\\r\n]/g, '')}" <${address}>` : address

/**
 * Payload's email adapter over SMTP with nodemailer (instead of @payloadcms/email-nodemailer: see docs/email.md). SMTP_URL is read at each send, so tests and the launcher may set it after the config is built,
 * and a missing one fails that send with a message naming it; nothing falls back to a test account.
 */
export const smtpEmailAdapter = (): EmailAdapter => () => {
  const from = process.env.MAIL_FROM ? parseMailFrom(process.env.MAIL_FROM) : DEVELOPMENT_FROM
  return {
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message: SendEmailOptions) => {
      const url = process.env.SMTP_URL
      if (!url) throw new Error(SMTP_URL_MISSING)
      if (!process.env.MAIL_FROM && process.env.NODE_ENV === 'production') throw new Error(MAIL_FROM_MISSING)
      const sender =
        typeof message.from === 'object' && message.from
          ? formatAddress(message.from)
          : message.from || formatAddress(from)
      return transportFor(url).sendMail({ ...message, from: sender })
    },
  }
}

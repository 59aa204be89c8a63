/**
 * The SMTP stand-in: accepts every message (any sender, recipient and login), keeps it in `dir` as an .eml file
 * with a .json summary beside it, and prints its subject and recipients. Not for production: no TLS, no limits.
 *   node --import tsx scripts/stand-ins/smtp/server.ts [port]     (default 1025; mails in .data/mail/)
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type AddressObject, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const DEFAULT_MAIL_DIR = path.join(root, '.data', 'mail')

export type CaughtMail = {
  id: string
  receivedAt: string
  /** SMTP envelope. */
  envelope: { from: string | null; to: string[] }
  from: string
  to: string
  subject: string
  /** Path of the .eml file. */
  file: string
  /** The message as received (RFC 5322). */
  raw: string
}

export type SmtpStandInOptions = {
  port: number
  host?: string
  /** Where the .eml and .json files go (default .data/mail/ in the project). */
  dir?: string
  /** Prints one line per message (default console.log). */
  log?: (line: string) => void
}

/** A message kept unanswered: `reached` once its data has arrived, answered (accepted) on `release()`. */
export type HeldMessage = { reached: Promise<void>; release(): void }

export type SmtpStandIn = {
  url: string
  close(): Promise<void>
  messages(): CaughtMail[]
  /** Keeps the next message's acceptance back until `release()`: a slow SMTP server, for tests. */
  hold(): HeldMessage
}

const addressText = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((address) => address.text).join(', ')

export async function startSmtpStandIn({
  port,
  host = '127.0.0.1',
  dir = DEFAULT_MAIL_DIR,
  log = console.log,
}: SmtpStandInOptions): Promise<SmtpStandIn> {
  fs.mkdirSync(dir, { recursive: true })
  const caught: CaughtMail[] = []
  let count = 0
  const holds: { arrived: () => void; released: Promise<void> }[] = []

  const server = new SMTPServer({
    secure: false,
    // nodemailer upgrades to TLS when offered; the stand-in has no certificate worth trusting.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        const held = holds.shift()
        held?.arrived()
        Promise.resolve(held?.released)
          .then(() => simpleParser(raw))
          .then((parsed) => {
            const receivedAt = new Date()
            const id = `${receivedAt.toISOString().replace(/[:.]/g, '-')}-${String(++count).padStart(4, '0')}`
            const file = path.join(dir, `${id}.eml`)
            const mail: CaughtMail = {
              id,
              receivedAt: receivedAt.toISOString(),
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                to: session.envelope.rcptTo.map((recipient) => recipient.address),
              },
              from: addressText(parsed.from),
              to: addressText(parsed.to),
              subject: parsed.subject ?? '',
              file,
              raw: raw.toString('utf8'),
            }
            fs.writeFileSync(file, raw)
            const { raw: _raw, ...summary } = mail
            fs.writeFileSync(path.join(dir, `${id}.json`), `${JSON.stringify(summary, null, 2)}\n`)
            caught.push(mail)
            log(`[smtp] "${mail.subject}" to ${mail.envelope.to.join(', ')} (${path.relative(process.cwd(), file)})`)
            callback()
          })
          .catch(callback)
      })
    },
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  server.on('error', (error) => log(`[smtp] ${error.message}`))
  const address = server.server.address() as AddressInfo
  return {
    url: `smtp://${host}:${address.port}`,
    messages: () => [...caught],
    hold() {
      let arrived = () => {}
      let release = () => {}
      const reached = new Promise<void>((resolve) => (arrived = resolve))
      const released = new Promise<void>((resolve) => (release = resolve))
      holds.push({ arrived, released })
      return { reached, release }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

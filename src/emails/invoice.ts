import { z } from 'zod'

import { formatCalendarDay, formatMoney } from '@/i18n/format'
import type { Locale } from '@/services/locales'

import { html } from './html'
import { htmlLayout, oneLine, quotedName } from './layout'
import type { EmailTemplate } from './types'

const invoiceVars = z.object({
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string().trim().min(1),
  customerName: z.string().trim().min(1),
  sellerName: z.string().trim().min(1),
  /** Cents, negative on a credit note. */
  totalGross: z.number().int(),
  /** YYYY-MM-DD */
  issueDate: z.iso.date(),
  dueDate: z.iso.date().nullable(),
})

export type InvoiceVars = z.infer<typeof invoiceVars>

type Texts = {
  subject: (v: { kind: InvoiceVars['kind']; number: string; seller: string }) => string
  greeting: (name: string) => string
  attached: (v: { kind: InvoiceVars['kind']; number: string; date: string; seller: string }) => string
  amount: (amount: string) => string
  due: (date: string) => string
  signOff: (seller: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: ({ kind, number, seller }) => `${kind === 'invoice' ? 'Invoice' : 'Credit note'} ${number} from ${seller}`,
    greeting: (name) => `Hello ${name},`,
    attached: ({ kind, number, date, seller }) =>
      `Please find attached ${kind === 'invoice' ? 'invoice' : 'credit note'} ${number} of ${date} from ${seller} (PDF).`,
    amount: (amount) => `Total: ${amount}.`,
    due: (date) => `Payment is due by ${date}.`,
    signOff: (seller) => `Kind regards,\n${seller}`,
  },
  fr: {
    subject: ({ kind, number, seller }) => `${kind === 'invoice' ? 'Facture' : 'Avoir'} ${number} de ${seller}`,
    greeting: (name) => `Bonjour ${name},`,
    attached: ({ kind, number, date, seller }) =>
      `Veuillez trouver ci-joint ${kind === 'invoice' ? 'la facture' : 'l’avoir'} ${number} du ${date} de ${seller} (PDF).`,
    amount: (amount) => `Montant total : ${amount}.`,
    due: (date) => `À régler au plus tard le ${date}.`,
    signOff: (seller) => `Cordialement,\n${seller}`,
  },
  de: {
    subject: ({ kind, number, seller }) =>
      `${kind === 'invoice' ? 'Rechnung' : 'Rechnungskorrektur'} ${number} von ${seller}`,
    greeting: (name) => `Guten Tag ${name},`,
    attached: ({ kind, number, date, seller }) =>
      `anbei erhalten Sie ${kind === 'invoice' ? 'die Rechnung' : 'die Rechnungskorrektur'} ${number} vom ${date} von ${seller} (PDF).`,
    amount: (amount) => `Gesamtbetrag: ${amount}.`,
    due: (date) => `Zahlbar bis zum ${date}.`,
    signOff: (seller) => `Mit freundlichen Grüßen\n${seller}`,
  },
}

/** Sent to the customer when an invoice (or credit note) is issued with `email`, the PDF attached. */
export const invoice: EmailTemplate<InvoiceVars> = {
  vars: invoiceVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const date = formatCalendarDay(vars.issueDate, locale)
    const seller = quotedName(vars.sellerName, locale)
    const subject = oneLine(texts.subject({ kind: vars.kind, number: vars.number, seller }))
    const lines = [
      texts.attached({ kind: vars.kind, number: vars.number, date, seller: vars.sellerName }),
      texts.amount(formatMoney(vars.totalGross, locale)),
      ...(vars.dueDate && vars.kind === 'invoice' ? [texts.due(formatCalendarDay(vars.dueDate, locale))] : []),
    ]
    const [regards, signature] = texts.signOff(vars.sellerName).split('\n')
    const body = html`<p>${texts.greeting(vars.customerName)}</p>
      <p>${lines.join(' ')}</p>
      <p>${regards}<br />${signature}</p>`
    const text = [texts.greeting(vars.customerName), '', lines.join(' '), '', texts.signOff(vars.sellerName), ''].join(
      '\n',
    )
    return { subject, html: htmlLayout({ locale, branding, title: subject, body }), text }
  },
}

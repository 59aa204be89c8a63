import { z } from 'zod'

import { formatDate } from '@/i18n/format'
import type { Locale } from '@/services/locales'

import { html } from './html'
import { button, htmlLayout, oneLine } from './layout'
import type { EmailTemplate } from './types'

const paymentFailedVars = z.object({
  vendorName: z.string().trim().min(1),
  /** 0: the failure itself; 1 and 2: the reminders 3 and 7 days later. */
  reminder: z.number().int().min(0).max(2),
  /** UTC ISO date-time when the data becomes read-only unless the payment succeeds. */
  graceEndsAt: z.iso.datetime({ offset: true }),
  billingUrl: z.url({ protocol: /^https?$/ }),
})

export type PaymentFailedVars = z.infer<typeof paymentFailedVars>

type Texts = {
  subject: (v: { platform: string; reminder: number }) => string
  greeting: (vendor: string) => string
  failed: (platform: string) => string
  deadline: (date: string) => string
  action: string
  linkHint: string
  signOff: (platform: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: ({ platform, reminder }) =>
      reminder === 0
        ? `Your ${platform} payment failed: update your card`
        : `Reminder: your ${platform} payment is still outstanding`,
    greeting: (vendor) => `Hello ${vendor},`,
    failed: (platform) =>
      `We could not charge your card for your ${platform} subscription. We will try again automatically; you do not need to pay by hand.`,
    deadline: (date) =>
      `Please update your card under Billing. If the payment has not succeeded by ${date}, your data becomes read-only until it does.`,
    action: 'Update your card',
    linkHint: 'If the button does not work, copy this link into your browser:',
    signOff: (platform) => `The ${platform} team`,
  },
  fr: {
    subject: ({ platform, reminder }) =>
      reminder === 0
        ? `Le paiement de ${platform} a échoué : mettez à jour votre carte`
        : `Rappel : votre paiement ${platform} est toujours en attente`,
    greeting: (vendor) => `Bonjour ${vendor},`,
    failed: (platform) =>
      `Nous n’avons pas pu débiter votre carte pour votre abonnement ${platform}. Nous réessaierons automatiquement ; vous n’avez rien à payer vous-même.`,
    deadline: (date) =>
      `Mettez à jour votre carte sous Facturation. Si le paiement n’a pas abouti le ${date}, vos données passeront en lecture seule jusqu’à ce qu’il aboutisse.`,
    action: 'Mettre à jour votre carte',
    linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    signOff: (platform) => `L’équipe ${platform}`,
  },
  de: {
    subject: ({ platform, reminder }) =>
      reminder === 0
        ? `Ihre ${platform}-Zahlung ist fehlgeschlagen: Aktualisieren Sie Ihre Karte`
        : `Erinnerung: Ihre ${platform}-Zahlung steht noch aus`,
    greeting: (vendor) => `Hallo ${vendor},`,
    failed: (platform) =>
      `Wir konnten Ihre Karte für Ihr ${platform}-Abonnement nicht belasten. Wir versuchen es automatisch erneut; Sie müssen nichts selbst bezahlen.`,
    deadline: (date) =>
      `Bitte aktualisieren Sie Ihre Karte unter Abrechnung. Ist die Zahlung bis zum ${date} nicht gelungen, werden Ihre Daten schreibgeschützt, bis sie gelingt.`,
    action: 'Karte aktualisieren',
    linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    signOff: (platform) => `Ihr ${platform}-Team`,
  },
}

/** Dunning: sent when a payment fails, and again 3 and 7 days later while it is still failing. */
export const paymentFailed: EmailTemplate<PaymentFailedVars> = {
  vars: paymentFailedVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const platform = branding.name
    const date = formatDate(vars.graceEndsAt, locale)
    const subject = oneLine(texts.subject({ platform, reminder: vars.reminder }))
    const body = html`<p>${texts.greeting(vars.vendorName)}</p>
      <p>${texts.failed(platform)}</p>
      <p>${texts.deadline(date)}</p>
      <p style="margin:24px 0">${button(branding, vars.billingUrl, texts.action)}</p>
      <p style="font-size:13px;color:#57606a">
        ${texts.linkHint}<br /><a href="${vars.billingUrl}" style="color:#57606a">${vars.billingUrl}</a>
      </p>
      <p>${texts.signOff(platform)}</p>`
    const text = [
      texts.greeting(vars.vendorName),
      '',
      texts.failed(platform),
      texts.deadline(date),
      '',
      `${texts.action}: ${vars.billingUrl}`,
      '',
      texts.signOff(platform),
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body }), text }
  },
}

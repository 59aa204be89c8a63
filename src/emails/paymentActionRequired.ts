import { z } from 'zod'

import type { Locale } from '@/services/locales'

import { html } from './html'
import { button, htmlLayout, oneLine } from './layout'
import type { EmailTemplate } from './types'

const paymentActionRequiredVars = z.object({
  vendorName: z.string().trim().min(1),
  billingUrl: z.url({ protocol: /^https?$/ }),
})

export type PaymentActionRequiredVars = z.infer<typeof paymentActionRequiredVars>

type Texts = {
  subject: (platform: string) => string
  greeting: (vendor: string) => string
  body: (platform: string) => string
  action: string
  linkHint: string
  signOff: (platform: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: (platform) => `Your ${platform} payment needs your confirmation`,
    greeting: (vendor) => `Hello ${vendor},`,
    body: (platform) =>
      `Your bank asks you to confirm the payment for your ${platform} subscription (for example with 3D Secure). Open Billing in your admin and confirm it, or enter another card.`,
    action: 'Confirm the payment',
    linkHint: 'If the button does not work, copy this link into your browser:',
    signOff: (platform) => `The ${platform} team`,
  },
  fr: {
    subject: (platform) => `Votre paiement ${platform} doit être confirmé`,
    greeting: (vendor) => `Bonjour ${vendor},`,
    body: (platform) =>
      `Votre banque vous demande de confirmer le paiement de votre abonnement ${platform} (par exemple avec 3D Secure). Ouvrez Facturation dans votre espace d’administration et confirmez-le, ou saisissez une autre carte.`,
    action: 'Confirmer le paiement',
    linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    signOff: (platform) => `L’équipe ${platform}`,
  },
  de: {
    subject: (platform) => `Ihre ${platform}-Zahlung muss bestätigt werden`,
    greeting: (vendor) => `Hallo ${vendor},`,
    body: (platform) =>
      `Ihre Bank bittet Sie, die Zahlung für Ihr ${platform}-Abonnement zu bestätigen (zum Beispiel mit 3D Secure). Öffnen Sie Abrechnung in Ihrer Verwaltung und bestätigen Sie sie, oder geben Sie eine andere Karte ein.`,
    action: 'Zahlung bestätigen',
    linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    signOff: (platform) => `Ihr ${platform}-Team`,
  },
}

/** Sent when Stripe needs the customer to authenticate a payment (invoice.payment_action_required). */
export const paymentActionRequired: EmailTemplate<PaymentActionRequiredVars> = {
  vars: paymentActionRequiredVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const platform = branding.name
    const subject = oneLine(texts.subject(platform))
    const body = html`<p>${texts.greeting(vars.vendorName)}</p>
      <p>${texts.body(platform)}</p>
      <p style="margin:24px 0">${button(branding, vars.billingUrl, texts.action)}</p>
      <p style="font-size:13px;color:#57606a">
        ${texts.linkHint}<br /><a href="${vars.billingUrl}" style="color:#57606a">${vars.billingUrl}</a>
      </p>
      <p>${texts.signOff(platform)}</p>`
    const text = [
      texts.greeting(vars.vendorName),
      '',
      texts.body(platform),
      '',
      `${texts.action}: ${vars.billingUrl}`,
      '',
      texts.signOff(platform),
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body }), text }
  },
}

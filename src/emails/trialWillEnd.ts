import { z } from 'zod'

import { formatDate } from '@/i18n/format'
import type { Locale } from '@/services/locales'

import { html } from './html'
import { button, htmlLayout, oneLine } from './layout'
import type { EmailTemplate } from './types'

const trialWillEndVars = z.object({
  vendorName: z.string().trim().min(1),
  /** UTC ISO date-time of the trial's end (from Stripe). */
  trialEndsAt: z.iso.datetime({ offset: true }),
  billingUrl: z.url({ protocol: /^https?$/ }),
  /** False for a trial without a card on file: the shop turns read-only at the end unless the owner adds one. */
  hasCard: z.boolean().optional(),
})

export type TrialWillEndVars = z.infer<typeof trialWillEndVars>

type Texts = {
  subject: (v: { platform: string; date: string }) => string
  greeting: (vendor: string) => string
  body: (v: { platform: string; date: string }) => string
  bodyWithoutCard: (v: { platform: string; date: string }) => string
  action: string
  linkHint: string
  signOff: (platform: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: ({ platform, date }) => `Your ${platform} trial ends on ${date}`,
    greeting: (vendor) => `Hello ${vendor},`,
    body: ({ platform, date }) =>
      `Your free ${platform} trial ends on ${date}. Your subscription then continues and the card on file is charged. To change your plan or your card, or to cancel before then, open Billing in your admin.`,
    bodyWithoutCard: ({ platform, date }) =>
      `Your free ${platform} trial ends on ${date}. No card is on file: after that date your shop stays visible to you but becomes read-only. To keep it running, choose a plan and add a card under Billing in your admin.`,
    action: 'Open Billing',
    linkHint: 'If the button does not work, copy this link into your browser:',
    signOff: (platform) => `The ${platform} team`,
  },
  fr: {
    subject: ({ platform, date }) => `Votre essai ${platform} se termine le ${date}`,
    greeting: (vendor) => `Bonjour ${vendor},`,
    body: ({ platform, date }) =>
      `Votre essai gratuit de ${platform} se termine le ${date}. Votre abonnement continue ensuite et la carte enregistrée sera débitée. Pour changer de formule ou de carte, ou pour résilier avant cette date, ouvrez Facturation dans votre espace d’administration.`,
    bodyWithoutCard: ({ platform, date }) =>
      `Votre essai gratuit de ${platform} se termine le ${date}. Aucune carte n’est enregistrée : après cette date, votre boutique reste visible pour vous mais passe en lecture seule. Pour continuer, choisissez une formule et ajoutez une carte dans Facturation, dans votre espace d’administration.`,
    action: 'Ouvrir Facturation',
    linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    signOff: (platform) => `L’équipe ${platform}`,
  },
  de: {
    subject: ({ platform, date }) => `Ihre ${platform}-Testphase endet am ${date}`,
    greeting: (vendor) => `Hallo ${vendor},`,
    body: ({ platform, date }) =>
      `Ihre kostenlose ${platform}-Testphase endet am ${date}. Danach läuft Ihr Abonnement weiter und die hinterlegte Karte wird belastet. Um Tarif oder Karte zu ändern oder vorher zu kündigen, öffnen Sie Abrechnung in Ihrer Verwaltung.`,
    bodyWithoutCard: ({ platform, date }) =>
      `Ihre kostenlose ${platform}-Testphase endet am ${date}. Es ist keine Karte hinterlegt: Danach bleibt Ihr Shop für Sie sichtbar, ist aber schreibgeschützt. Um weiterzumachen, wählen Sie unter Abrechnung in Ihrer Verwaltung einen Tarif und hinterlegen Sie eine Karte.`,
    action: 'Abrechnung öffnen',
    linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    signOff: (platform) => `Ihr ${platform}-Team`,
  },
}

/**
 * Sent three days before a trial ends: when Stripe announces it (customer.subscription.trial_will_end) or, first,
 * by the checkTrialExpirations job (same mailId, so one mail per trial).
 */
export const trialWillEnd: EmailTemplate<TrialWillEndVars> = {
  vars: trialWillEndVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const platform = branding.name
    const date = formatDate(vars.trialEndsAt, locale)
    const body = vars.hasCard === false ? texts.bodyWithoutCard({ platform, date }) : texts.body({ platform, date })
    const subject = oneLine(texts.subject({ platform, date }))
    const content = html`<p>${texts.greeting(vars.vendorName)}</p>
      <p>${body}</p>
      <p style="margin:24px 0">${button(branding, vars.billingUrl, texts.action)}</p>
      <p style="font-size:13px;color:#57606a">
        ${texts.linkHint}<br /><a href="${vars.billingUrl}" style="color:#57606a">${vars.billingUrl}</a>
      </p>
      <p>${texts.signOff(platform)}</p>`
    const text = [
      texts.greeting(vars.vendorName),
      '',
      body,
      '',
      `${texts.action}: ${vars.billingUrl}`,
      '',
      texts.signOff(platform),
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body: content }), text }
  },
}

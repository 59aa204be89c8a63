import { z } from 'zod'

import type { Locale } from '@/services/locales'

import { html } from './html'
import { button, htmlLayout, oneLine } from './layout'
import type { EmailTemplate } from './types'

const welcomeVars = z.object({
  vendorName: z.string().trim().min(1),
  /** UTC ISO date-time of the trial's end (from Stripe). */
  trialEndsAt: z.iso.datetime({ offset: true }),
  adminUrl: z.url({ protocol: /^https?$/ }),
})

export type WelcomeVars = z.infer<typeof welcomeVars>

type Texts = {
  subject: (v: { platform: string; vendor: string }) => string
  greeting: (vendor: string) => string
  ready: (platform: string) => string
  trial: (date: string) => string
  action: string
  linkHint: string
  signOff: (platform: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: ({ platform, vendor }) => `Welcome to ${platform}, ${vendor}`,
    greeting: (vendor) => `Hello ${vendor},`,
    ready: (platform) => `Your ${platform} account is ready.`,
    trial: (date) =>
      `Your free trial runs until ${date}. You will not be charged before then, and you can cancel at any time under Billing in your admin.`,
    action: 'Open your admin',
    linkHint: 'If the button does not work, copy this link into your browser:',
    signOff: (platform) => `The ${platform} team`,
  },
  fr: {
    subject: ({ platform, vendor }) => `Bienvenue sur ${platform}, ${vendor}`,
    greeting: (vendor) => `Bonjour ${vendor},`,
    ready: (platform) => `Votre compte ${platform} est prêt.`,
    trial: (date) =>
      `Votre essai gratuit court jusqu’au ${date}. Vous ne serez pas débité avant cette date, et vous pouvez résilier à tout moment sous Facturation dans votre espace d’administration.`,
    action: 'Ouvrir votre espace d’administration',
    linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    signOff: (platform) => `L’équipe ${platform}`,
  },
  de: {
    subject: ({ platform, vendor }) => `Willkommen bei ${platform}, ${vendor}`,
    greeting: (vendor) => `Hallo ${vendor},`,
    ready: (platform) => `Ihr ${platform}-Konto ist bereit.`,
    trial: (date) =>
      `Ihre kostenlose Testphase läuft bis zum ${date}. Bis dahin wird nichts abgebucht, und Sie können jederzeit in Ihrer Verwaltung unter Abrechnung kündigen.`,
    action: 'Verwaltung öffnen',
    linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    signOff: (platform) => `Ihr ${platform}-Team`,
  },
}

/** Dates in mails: the recipient's language, Luxembourg's calendar day. */
const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Luxembourg' }).format(new Date(iso))

/** Sent once a signup completes: the trial's end and the way into the admin. */
export const welcome: EmailTemplate<WelcomeVars> = {
  vars: welcomeVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const platform = branding.name
    const date = formatDate(vars.trialEndsAt, locale)
    const subject = oneLine(texts.subject({ platform, vendor: vars.vendorName }))
    const body = html`<p>${texts.greeting(vars.vendorName)}</p>
      <p>${texts.ready(platform)}</p>
      <p>${texts.trial(date)}</p>
      <p style="margin:24px 0">${button(branding, vars.adminUrl, texts.action)}</p>
      <p style="font-size:13px;color:#57606a">
        ${texts.linkHint}<br /><a href="${vars.adminUrl}" style="color:#57606a">${vars.adminUrl}</a>
      </p>
      <p>${texts.signOff(platform)}</p>`
    const text = [
      texts.greeting(vars.vendorName),
      '',
      `${texts.ready(platform)} ${texts.trial(date)}`,
      '',
      `${texts.action}: ${vars.adminUrl}`,
      '',
      texts.signOff(platform),
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body }), text }
  },
}

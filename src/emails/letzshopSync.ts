import { z } from 'zod'

import type { Locale } from '@/services/locales'

import { html } from './html'
import { button, htmlLayout, oneLine } from './layout'
import type { EmailTemplate } from './types'

const letzshopSyncVars = z.object({
  vendorName: z.string().trim().min(1),
  /** `limit`: the monthly order limit stopped the import; `keyFailing`: Letzshop refuses the stored key. */
  reason: z.enum(['limit', 'keyFailing']),
  /** Orders waiting on Letzshop (reason `limit`). */
  waiting: z.number().int().min(0).optional(),
  pageUrl: z.url({ protocol: /^https?$/ }),
})

export type LetzshopSyncVars = z.infer<typeof letzshopSyncVars>

type Texts = {
  subject: Record<LetzshopSyncVars['reason'], (platform: string) => string>
  greeting: (vendor: string) => string
  limit: (waiting: number) => string
  keyFailing: string
  action: string
  signOff: (platform: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: {
      limit: (platform) => `${platform}: your monthly order limit stopped the Letzshop import`,
      keyFailing: (platform) => `${platform}: Letzshop refuses your API key, the order sync is paused`,
    },
    greeting: (vendor) => `Hello ${vendor},`,
    limit: (waiting) =>
      `Your plan's monthly order limit is reached, so the Letzshop sync has stopped importing. ${waiting} order(s) wait on Letzshop, untouched: they are imported after an upgrade or in your next billing period.`,
    keyFailing:
      'Letzshop no longer accepts the API key you connected, so no orders are imported. Connect again with a valid key (a Letzshop key with at least "shop manager" rights).',
    action: 'Open the Letzshop sync',
    signOff: (platform) => `The ${platform} team`,
  },
  fr: {
    subject: {
      limit: (platform) => `${platform} : votre limite mensuelle de commandes a arrêté l’import Letzshop`,
      keyFailing: (platform) => `${platform} : Letzshop refuse votre clé d’API, la synchronisation est suspendue`,
    },
    greeting: (vendor) => `Bonjour ${vendor},`,
    limit: (waiting) =>
      `La limite mensuelle de commandes de votre formule est atteinte : la synchronisation Letzshop n’importe plus. ${waiting} commande(s) attendent sur Letzshop, intactes : elles seront importées après un changement de formule ou à votre prochaine période de facturation.`,
    keyFailing:
      'Letzshop n’accepte plus la clé d’API que vous avez connectée : aucune commande n’est importée. Connectez-vous à nouveau avec une clé valide (une clé Letzshop avec au moins les droits « shop manager »).',
    action: 'Ouvrir la synchronisation Letzshop',
    signOff: (platform) => `L’équipe ${platform}`,
  },
  de: {
    subject: {
      limit: (platform) => `${platform}: Ihr monatliches Bestelllimit hat den Letzshop-Import gestoppt`,
      keyFailing: (platform) => `${platform}: Letzshop lehnt Ihren API-Schlüssel ab, die Synchronisierung ist pausiert`,
    },
    greeting: (vendor) => `Hallo ${vendor},`,
    limit: (waiting) =>
      `Das monatliche Bestelllimit Ihres Tarifs ist erreicht, daher importiert die Letzshop-Synchronisierung nicht mehr. ${waiting} Bestellung(en) warten unverändert auf Letzshop: Sie werden nach einem Tarifwechsel oder in Ihrem nächsten Abrechnungszeitraum importiert.`,
    keyFailing:
      'Letzshop akzeptiert den verbundenen API-Schlüssel nicht mehr, daher werden keine Bestellungen importiert. Verbinden Sie sich erneut mit einem gültigen Schlüssel (ein Letzshop-Schlüssel mit mindestens „Shop-Manager“-Rechten).',
    action: 'Letzshop-Synchronisierung öffnen',
    signOff: (platform) => `Ihr ${platform}-Team`,
  },
}

/** Sent by the Letzshop sync: once per billing period at the order limit, once per key that Letzshop refuses. */
export const letzshopSync: EmailTemplate<LetzshopSyncVars> = {
  vars: letzshopSyncVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const platform = branding.name
    const subject = oneLine(texts.subject[vars.reason](platform))
    const body = vars.reason === 'limit' ? texts.limit(vars.waiting ?? 0) : texts.keyFailing
    const content = html`<p>${texts.greeting(vars.vendorName)}</p>
      <p>${body}</p>
      <p style="margin:24px 0">${button(branding, vars.pageUrl, texts.action)}</p>
      <p>${texts.signOff(platform)}</p>`
    const text = [
      texts.greeting(vars.vendorName),
      '',
      body,
      '',
      `${texts.action}: ${vars.pageUrl}`,
      '',
      texts.signOff(platform),
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body: content }), text }
  },
}

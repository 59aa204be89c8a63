import { z } from 'zod'

import { formatDate, formatMoney } from '@/i18n/format'
import type { Locale } from '@/services/locales'

import { html } from './html'
import { button, htmlLayout, oneLine, quotedName } from './layout'
import type { EmailTemplate } from './types'

const welcomeVars = z.object({
  vendorName: z.string().trim().min(1),
  /** UTC ISO date-time of the trial's end (from Stripe); null when the subscription started without trial. */
  trialEndsAt: z.iso.datetime({ offset: true }).nullable(),
  adminUrl: z.url({ protocol: /^https?$/ }),
  // The fields below are optional only so that a welcome mail queued before they existed still renders (without them).
  /** The plan chosen at signup, and what it costs per billing period once the trial is over (cents). */
  planName: z.string().trim().min(1).optional(),
  priceAfterTrial: z.number().int().min(0).optional(),
  billingPeriod: z.enum(['monthly', 'annual']).optional(),
  /** The address the owner signs in with. */
  loginEmail: z.email().optional(),
  /** The Letzshop shop claimed at signup, if one was. */
  shopName: z.string().trim().min(1).nullish(),
})

export type WelcomeVars = z.infer<typeof welcomeVars>

type Plan = { plan: string; price: string; period: 'monthly' | 'annual'; date: string }
type PaidPlan = Omit<Plan, 'date'>

type Texts = {
  subject: (v: { platform: string; vendor: string }) => string
  greeting: string
  ready: (v: { platform: string; vendor: string }) => string
  plan: (v: Plan) => string
  /** The plan of a subscription that started without trial (the card, VAT number or shop had one already). */
  paidPlan: (v: PaidPlan) => string
  login: (email: string) => string
  shop: (shop: string) => string
  action: string
  linkHint: string
  signOff: (platform: string) => string
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: ({ platform, vendor }) => `Welcome to ${platform}: ${vendor} is ready`,
    greeting: 'Hello,',
    ready: ({ platform, vendor }) => `Your ${platform} account for ${vendor} is ready.`,
    plan: ({ plan, price, period, date }) =>
      `Your plan is ${plan}. Your free trial runs until ${date}; after it, ${plan} costs ${price} per ${period === 'annual' ? 'year' : 'month'}. You will not be charged before then, and you can cancel at any time under Billing in your admin.`,
    paidPlan: ({ plan, price, period }) =>
      `Your plan is ${plan}, at ${price} per ${period === 'annual' ? 'year' : 'month'}. Your subscription started today, without free trial: the first payment has been taken. You can cancel at any time under Billing in your admin.`,
    login: (email) => `You sign in with ${email}.`,
    shop: (shop) => `Your Letzshop shop: ${shop}.`,
    action: 'Open your admin',
    linkHint: 'If the button does not work, copy this link into your browser:',
    signOff: (platform) => `The ${platform} team`,
  },
  fr: {
    subject: ({ platform, vendor }) => `Bienvenue sur ${platform} : ${vendor} est prêt`,
    greeting: 'Bonjour,',
    ready: ({ platform, vendor }) => `Votre compte ${platform} pour ${vendor} est prêt.`,
    plan: ({ plan, price, period, date }) =>
      `Votre formule est ${plan}. Votre essai gratuit court jusqu’au ${date} ; ensuite, la formule ${plan} coûte ${price} par ${period === 'annual' ? 'an' : 'mois'}. Vous ne serez pas débité avant cette date, et vous pouvez résilier à tout moment sous Facturation dans votre espace d’administration.`,
    paidPlan: ({ plan, price, period }) =>
      `Votre formule est ${plan}, à ${price} par ${period === 'annual' ? 'an' : 'mois'}. Votre abonnement a commencé aujourd’hui, sans essai gratuit : le premier paiement a été prélevé. Vous pouvez résilier à tout moment sous Facturation dans votre espace d’administration.`,
    login: (email) => `Vous vous connectez avec ${email}.`,
    shop: (shop) => `Votre boutique Letzshop : ${shop}.`,
    action: 'Ouvrir votre espace d’administration',
    linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
    signOff: (platform) => `L’équipe ${platform}`,
  },
  de: {
    subject: ({ platform, vendor }) => `Willkommen bei ${platform}: ${vendor} ist bereit`,
    greeting: 'Guten Tag,',
    ready: ({ platform, vendor }) => `Ihr ${platform}-Konto für ${vendor} ist bereit.`,
    plan: ({ plan, price, period, date }) =>
      `Ihr Tarif ist ${plan}. Ihre kostenlose Testphase läuft bis zum ${date}; danach kostet ${plan} ${price} pro ${period === 'annual' ? 'Jahr' : 'Monat'}. Bis dahin wird nichts abgebucht, und Sie können jederzeit in Ihrer Verwaltung unter Abrechnung kündigen.`,
    paidPlan: ({ plan, price, period }) =>
      `Ihr Tarif ist ${plan}, zu ${price} pro ${period === 'annual' ? 'Jahr' : 'Monat'}. Ihr Abonnement hat heute begonnen, ohne kostenlose Testphase: Die erste Zahlung wurde abgebucht. Sie können jederzeit in Ihrer Verwaltung unter Abrechnung kündigen.`,
    login: (email) => `Sie melden sich mit ${email} an.`,
    shop: (shop) => `Ihr Letzshop-Shop: ${shop}.`,
    action: 'Verwaltung öffnen',
    linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    signOff: (platform) => `Ihr ${platform}-Team`,
  },
}

/**
 * Sent once a signup completes, to the person who signed up (greeted as such, not as the company): the shop, the
 * plan and its price once the trial is over, the trial's end, the address to sign in with and the way into the admin.
 */
export const welcome: EmailTemplate<WelcomeVars> = {
  vars: welcomeVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const platform = branding.name
    const paidPlan: PaidPlan | null =
      vars.planName && vars.priceAfterTrial !== undefined && vars.billingPeriod
        ? { plan: vars.planName, price: formatMoney(vars.priceAfterTrial, locale), period: vars.billingPeriod }
        : null
    const planText = !paidPlan
      ? null
      : vars.trialEndsAt
        ? texts.plan({ ...paidPlan, date: formatDate(vars.trialEndsAt, locale) })
        : texts.paidPlan(paidPlan)
    const subject = oneLine(texts.subject({ platform, vendor: quotedName(vars.vendorName, locale) }))
    const facts = [
      texts.ready({ platform, vendor: vars.vendorName }),
      ...(vars.shopName ? [texts.shop(vars.shopName)] : []),
      ...(planText ? [planText] : []),
      ...(vars.loginEmail ? [texts.login(vars.loginEmail)] : []),
    ]
    const body = html`<p>${texts.greeting}</p>
      ${facts.map((fact) => html`<p>${fact}</p>`)}
      <p style="margin:24px 0">${button(branding, vars.adminUrl, texts.action)}</p>
      <p style="font-size:13px;color:#57606a">
        ${texts.linkHint}<br /><a href="${vars.adminUrl}" style="color:#57606a">${vars.adminUrl}</a>
      </p>
      <p>${texts.signOff(platform)}</p>`
    const text = [
      texts.greeting,
      '',
      ...facts.flatMap((fact) => [fact, '']),
      `${texts.action}: ${vars.adminUrl}`,
      '',
      texts.signOff(platform),
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body }), text }
  },
}

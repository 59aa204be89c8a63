import { z } from 'zod'

import type { Locale } from '@/services/locales'

import { html } from './html'
import { htmlLayout, oneLine } from './layout'
import type { EmailTemplate } from './types'

const contactMessageVars = z.object({
  name: z.string().trim().min(1),
  email: z.email(),
  message: z.string().min(1),
  /** The language the visitor wrote in (the site's language when they sent it). */
  visitorLocale: z.enum(['en', 'fr', 'de']),
})

export type ContactMessageVars = z.infer<typeof contactMessageVars>

type Texts = {
  subject: (v: { platform: string; name: string }) => string
  intro: (platform: string) => string
  from: string
  language: string
  replyHint: string
  languages: Record<Locale, string>
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: ({ platform, name }) => `${platform}: a message from ${name}`,
    intro: (platform) => `A visitor wrote through the contact form of ${platform}'s site.`,
    from: 'From',
    language: 'Language',
    replyHint: 'Answer to the address above; the message is also kept under Contact messages in the admin.',
    languages: { en: 'English', fr: 'French', de: 'German' },
  },
  fr: {
    subject: ({ platform, name }) => `${platform} : un message de ${name}`,
    intro: (platform) => `Un visiteur a écrit par le formulaire de contact du site ${platform}.`,
    from: 'De',
    language: 'Langue',
    replyHint:
      'Répondez à l’adresse ci-dessus ; le message est aussi conservé sous Messages de contact dans l’administration.',
    languages: { en: 'anglais', fr: 'français', de: 'allemand' },
  },
  de: {
    subject: ({ platform, name }) => `${platform}: eine Nachricht von ${name}`,
    intro: (platform) => `Ein Besucher hat über das Kontaktformular der Website von ${platform} geschrieben.`,
    from: 'Von',
    language: 'Sprache',
    replyHint:
      'Antworten Sie an die Adresse oben; die Nachricht steht auch unter Kontaktnachrichten in der Verwaltung.',
    languages: { en: 'Englisch', fr: 'Französisch', de: 'Deutsch' },
  },
}

/** A contact-form message, to the platform's own address (its config's `contactEmail`). */
export const contactMessage: EmailTemplate<ContactMessageVars> = {
  vars: contactMessageVars,
  render: ({ locale, branding, vars }) => {
    const texts = TEXTS[locale]
    const subject = oneLine(texts.subject({ platform: branding.name, name: vars.name }))
    const from = `${vars.name} <${vars.email}>`
    const language = texts.languages[vars.visitorLocale]
    const body = html`<p>${texts.intro(branding.name)}</p>
      <p><strong>${texts.from}:</strong> ${from}<br /><strong>${texts.language}:</strong> ${language}</p>
      <p style="white-space:pre-wrap;border-left:3px solid #d0d7de;padding-left:12px">${vars.message}</p>
      <p style="font-size:13px;color:#57606a">${texts.replyHint}</p>`
    const text = [
      texts.intro(branding.name),
      '',
      `${texts.from}: ${from}`,
      `${texts.language}: ${language}`,
      '',
      vars.message,
      '',
      texts.replyHint,
      '',
    ].join('\n')
    return { subject, html: htmlLayout({ locale, branding, title: subject, body }), text }
  },
}

import type { CollectionLabels } from './types'

export const sentEmails: CollectionLabels = {
  singular: { en: 'Sent email', fr: 'E-mail envoyé', de: 'Gesendete E-Mail' },
  plural: { en: 'Sent emails', fr: 'E-mails envoyés', de: 'Gesendete E-Mails' },
  description: {
    en: 'Mails handed to the mail server, one per queued mail (a mail is never sent twice).',
    fr: 'E-mails remis au serveur de messagerie, un par e-mail mis en file (jamais envoyé deux fois).',
    de: 'An den Mailserver übergebene E-Mails, eine pro eingereihter E-Mail (nie doppelt gesendet).',
  },
  group: 'platform',
  fields: {
    mailId: { label: { en: 'Mail ID', fr: 'Identifiant de l’e-mail', de: 'E-Mail-ID' } },
    to: { label: { en: 'Recipient', fr: 'Destinataire', de: 'Empfänger' } },
    template: { label: { en: 'Template', fr: 'Modèle', de: 'Vorlage' } },
    locale: { label: { en: 'Language', fr: 'Langue', de: 'Sprache' } },
    subject: { label: { en: 'Subject', fr: 'Objet', de: 'Betreff' } },
    messageId: { label: { en: 'Message-ID', fr: 'Message-ID', de: 'Message-ID' } },
  },
}

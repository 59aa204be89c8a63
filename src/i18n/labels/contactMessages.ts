import type { CollectionLabels } from './types'

export const contactMessages: CollectionLabels = {
  singular: { en: 'Contact message', fr: 'Message de contact', de: 'Kontaktnachricht' },
  plural: { en: 'Contact messages', fr: 'Messages de contact', de: 'Kontaktnachrichten' },
  description: {
    en: 'What visitors sent through the contact form of your marketing site; each is also mailed to the platform’s address.',
    fr: 'Ce que les visiteurs ont envoyé par le formulaire de contact de votre site ; chaque message est aussi envoyé à l’adresse de la plateforme.',
    de: 'Was Besucher über das Kontaktformular Ihrer Website gesendet haben; jede Nachricht geht auch an die Adresse der Plattform.',
  },
  group: 'platform',
  fields: {
    platform: { label: { en: 'Platform', fr: 'Plateforme', de: 'Plattform' } },
    name: { label: { en: 'Name', fr: 'Nom', de: 'Name' } },
    email: { label: { en: 'Email', fr: 'E-mail', de: 'E-Mail' } },
    message: { label: { en: 'Message', fr: 'Message', de: 'Nachricht' } },
    locale: {
      label: { en: 'Language', fr: 'Langue', de: 'Sprache' },
      options: {
        en: { en: 'English', fr: 'Anglais', de: 'Englisch' },
        fr: { en: 'French', fr: 'Français', de: 'Französisch' },
        de: { en: 'German', fr: 'Allemand', de: 'Deutsch' },
      },
    },
  },
}

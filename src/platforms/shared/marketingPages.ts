import type { Localized, PageCopy } from '../types'

/** A platform's own site: home, pricing, about, contact and the legal pages, around its pitch. */
export function marketingPages(name: string, pitch: Localized<string>): PageCopy[] {
  return [
    {
      slug: 'home',
      title: { en: name, fr: name, de: name },
      body: {
        en: [pitch.en, 'Start your 30-day trial today.'],
        fr: [pitch.fr, 'Commencez votre essai de 30 jours dès aujourd’hui.'],
        de: [pitch.de, 'Starten Sie noch heute Ihre 30-tägige Testphase.'],
      },
      template: 'landing',
      sortOrder: 0,
    },
    {
      slug: 'pricing',
      title: { en: 'Pricing', fr: 'Tarifs', de: 'Preise' },
      body: {
        en: [`${name} plans grow with your shop. Every plan starts with a 30-day trial.`],
        fr: [`Les offres ${name} grandissent avec votre boutique. Chaque offre commence par 30 jours d’essai.`],
        de: [`Die ${name}-Tarife wachsen mit Ihrem Shop. Jeder Tarif beginnt mit 30 Tagen Test.`],
      },
      showInHeader: true,
      sortOrder: 1,
    },
    {
      slug: 'about',
      title: { en: `About ${name}`, fr: `À propos de ${name}`, de: `Über ${name}` },
      body: {
        en: [`${name} is built in Luxembourg for shops that sell on Letzshop.`],
        fr: [`${name} est conçu au Luxembourg pour les boutiques qui vendent sur Letzshop.`],
        de: [`${name} wird in Luxemburg für Shops entwickelt, die auf Letzshop verkaufen.`],
      },
      showInHeader: true,
      sortOrder: 2,
    },
    {
      slug: 'contact',
      title: { en: 'Contact', fr: 'Contact', de: 'Kontakt' },
      body: {
        en: ['Questions? Our Luxembourg team answers in English, French and German.'],
        fr: ['Des questions ? Notre équipe au Luxembourg répond en français, anglais et allemand.'],
        de: ['Fragen? Unser Team in Luxemburg antwortet auf Deutsch, Französisch und Englisch.'],
      },
      template: 'contact',
      showInHeader: true,
      showInFooter: true,
      sortOrder: 3,
    },
    {
      slug: 'privacy',
      title: { en: 'Privacy policy', fr: 'Politique de confidentialité', de: 'Datenschutzerklärung' },
      body: {
        en: [`${name} processes personal data in line with the GDPR.`],
        fr: [`${name} traite les données personnelles conformément au RGPD.`],
        de: [`${name} verarbeitet personenbezogene Daten gemäß DSGVO.`],
      },
      template: 'legal',
      showInFooter: true,
      sortOrder: 4,
    },
    {
      slug: 'terms',
      title: { en: 'Terms of service', fr: 'Conditions d’utilisation', de: 'Nutzungsbedingungen' },
      body: {
        en: [`These terms govern your subscription to ${name}.`],
        fr: [`Ces conditions régissent votre abonnement à ${name}.`],
        de: [`Diese Bedingungen regeln Ihr Abonnement von ${name}.`],
      },
      template: 'legal',
      showInFooter: true,
      sortOrder: 5,
    },
  ]
}

import { cents, codeLabel, limitNames, nameLabel, platformLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const addOns: CollectionLabels = {
  singular: { en: 'Add-on', fr: 'Option', de: 'Zusatzoption' },
  plural: { en: 'Add-ons', fr: 'Options', de: 'Zusatzoptionen' },
  group: 'platform',
  fields: {
    platform: platformLabel,
    code: codeLabel,
    name: nameLabel,
    description: {
      label: { en: 'Description', fr: 'Description', de: 'Beschreibung' },
      description: {
        en: 'One line in each language, shown on the pricing page and the billing page.',
        fr: 'Une ligne dans chaque langue, affichée sur la page des tarifs et la page de facturation.',
        de: 'Eine Zeile in jeder Sprache, auf der Preisseite und der Abrechnungsseite gezeigt.',
      },
    },
    price: cents({ en: 'Price', fr: 'Prix', de: 'Preis' }),
    interval: {
      label: { en: 'Billing interval', fr: 'Périodicité', de: 'Abrechnungsintervall' },
      options: {
        month: { en: 'per month', fr: 'par mois', de: 'pro Monat' },
        year: { en: 'per year', fr: 'par an', de: 'pro Jahr' },
        once: { en: 'once', fr: 'unique', de: 'einmalig' },
      },
    },
    stripePrice: { label: { en: 'Stripe price', fr: 'Prix Stripe', de: 'Stripe-Preis' } },
    raises: { label: { en: 'Raises a limit', fr: 'Augmente une limite', de: 'Erhöht ein Kontingent' } },
    'raises.limit': { label: { en: 'Limit', fr: 'Limite', de: 'Kontingent' }, options: limitNames },
    'raises.amount': { label: { en: 'Raised by', fr: 'Augmentée de', de: 'Erhöht um' } },
  },
}

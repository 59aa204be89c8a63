import { cents, codeLabel, planDescriptionLabel, limitNames, nameLabel, platformLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const addOns: CollectionLabels = {
  singular: { en: 'Add-on', fr: 'Option', de: 'Zusatzoption' },
  plural: { en: 'Add-ons', fr: 'Options', de: 'Zusatzoptionen' },
  group: 'platform',
  fields: {
    platform: platformLabel,
    code: codeLabel,
    name: nameLabel,
    description: planDescriptionLabel,
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

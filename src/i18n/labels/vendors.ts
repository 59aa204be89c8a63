import { nameLabel, slugLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const vendors: CollectionLabels = {
  singular: { en: 'Shop', fr: 'Boutique', de: 'Shop' },
  plural: { en: 'Shops', fr: 'Boutiques', de: 'Shops' },
  // In the shop group, not the platform one: vendor owners keep editing their own vendor record.
  group: 'shop',
  fields: {
    name: nameLabel,
    slug: slugLabel,
    letzshopVendorId: { label: { en: 'Letzshop vendor ID', fr: 'ID commerçant Letzshop', de: 'Letzshop-Händler-ID' } },
    letzshopSlug: { label: { en: 'Letzshop slug', fr: 'Slug Letzshop', de: 'Letzshop-Slug' } },
    letzshopClaimedAt: {
      label: { en: 'Claimed on Letzshop', fr: 'Revendiqué sur Letzshop le', de: 'Auf Letzshop beansprucht am' },
    },
    country: { label: { en: 'Country', fr: 'Pays', de: 'Land' } },
    vatNumber: { label: { en: 'VAT number', fr: 'Numéro de TVA', de: 'USt-IdNr.' } },
    customDomain: {
      label: { en: 'Custom domain', fr: 'Domaine personnalisé', de: 'Eigene Domain' },
      description: {
        en: 'Your storefront on your own domain (e.g. shop.example.lu); unique across platforms and shops.',
        fr: 'Votre boutique sur votre propre domaine (p. ex. boutique.exemple.lu) ; unique parmi les plateformes et les boutiques.',
        de: 'Ihr Shop unter Ihrer eigenen Domain (z. B. shop.beispiel.lu); eindeutig über alle Plattformen und Shops.',
      },
    },
  },
}

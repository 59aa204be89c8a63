import { cents, platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const products: CollectionLabels = {
  singular: { en: 'Product', fr: 'Produit', de: 'Produkt' },
  plural: { en: 'Products', fr: 'Produits', de: 'Produkte' },
  group: 'shop',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    title: { label: { en: 'Title', fr: 'Titre', de: 'Bezeichnung' } },
    sku: { label: { en: 'SKU', fr: 'Référence (SKU)', de: 'Artikelnummer (SKU)' } },
    price: cents({ en: 'Price', fr: 'Prix', de: 'Preis' }),
    description: { label: { en: 'Description', fr: 'Description', de: 'Beschreibung' } },
    letzshopProductId: { label: { en: 'Letzshop product ID', fr: 'ID produit Letzshop', de: 'Letzshop-Produkt-ID' } },
  },
}

import type { FieldLabels } from './types'

/** Texts of the fields that several collections share (field factories in src/fields/). */
export const vendorLabel: FieldLabels = { label: { en: 'Vendor', fr: 'Commerçant', de: 'Händler' } }
export const platformLabel: FieldLabels = { label: { en: 'Platform', fr: 'Plateforme', de: 'Plattform' } }
export const slugLabel: FieldLabels = { label: { en: 'Slug', fr: 'Slug', de: 'Slug' } }
export const codeLabel: FieldLabels = { label: { en: 'Code', fr: 'Code', de: 'Code' } }
export const nameLabel: FieldLabels = { label: { en: 'Name', fr: 'Nom', de: 'Name' } }
/** A tier's or add-on's localized description. */
export const planDescriptionLabel: FieldLabels = {
  label: { en: 'Description', fr: 'Description', de: 'Beschreibung' },
  description: {
    en: 'One line in each language, shown on the pricing page and the billing page.',
    fr: 'Une ligne dans chaque langue, affichée sur la page des tarifs et la page de facturation.',
    de: 'Eine Zeile in jeder Sprache, auf der Preisseite und der Abrechnungsseite gezeigt.',
  },
}
export const isActiveLabel: FieldLabels = { label: { en: 'Active', fr: 'Actif', de: 'Aktiv' } }
export const sortOrderLabel: FieldLabels = { label: { en: 'Sort order', fr: 'Ordre de tri', de: 'Sortierreihenfolge' } }

/** The options of a document language (en, fr, de) named in each admin language. */
export const languageOptions = {
  en: { en: 'English', fr: 'Anglais', de: 'Englisch' },
  fr: { en: 'French', fr: 'Français', de: 'Französisch' },
  de: { en: 'German', fr: 'Allemand', de: 'Deutsch' },
}

/** `centsField`: stored in whole cents, shown and typed in euros (the field says so by its format). */
export const cents = (label: FieldLabels['label']): FieldLabels => ({ label })

/** The limit keys of `limitsGroup` (tiers) and of add-ons' `raises.limit`. */
export const limitNames = {
  ordersPerMonth: { en: 'Orders per month', fr: 'Commandes par mois', de: 'Bestellungen pro Monat' },
  products: { en: 'Products', fr: 'Produits', de: 'Produkte' },
  teamMembers: { en: 'Team members', fr: "Membres de l'équipe", de: 'Teammitglieder' },
  cmsPages: {
    en: 'CMS pages (vendor overrides)',
    fr: 'Pages CMS (versions propres au commerçant)',
    de: 'CMS-Seiten (eigene Fassungen des Händlers)',
  },
  cmsCustomPages: { en: 'Custom CMS pages', fr: 'Pages CMS sur mesure', de: 'Eigene CMS-Seiten' },
}

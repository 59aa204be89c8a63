import { platformLabel, slugLabel, sortOrderLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const contentPages: CollectionLabels = {
  singular: { en: 'Page', fr: 'Page', de: 'Seite' },
  plural: { en: 'Pages', fr: 'Pages', de: 'Seiten' },
  description: {
    en: 'Vendor overrides (with a vendor), vendor defaults (no vendor) and platform marketing pages (platform page ticked).',
    fr: 'Pages propres à un commerçant (avec commerçant), pages par défaut des commerçants (sans commerçant) et pages marketing de la plateforme (« Page de la plateforme » cochée).',
    de: 'Eigene Seiten eines Händlers (mit Händler), Standardseiten für Händler (ohne Händler) und Marketingseiten der Plattform („Plattformseite“ angehakt).',
  },
  group: 'shop',
  fields: {
    title: { label: { en: 'Title', fr: 'Titre', de: 'Titel' } },
    content: { label: { en: 'Content', fr: 'Contenu', de: 'Inhalt' } },
    meta: { label: { en: 'SEO', fr: 'SEO', de: 'SEO' } },
    'meta.title': { label: { en: 'Meta title', fr: 'Méta-titre', de: 'Meta-Titel' } },
    'meta.description': { label: { en: 'Meta description', fr: 'Méta-description', de: 'Meta-Beschreibung' } },
    platform: platformLabel,
    vendor: {
      ...vendorLabel,
      description: {
        en: 'Empty for vendor default pages and platform pages.',
        fr: 'Vide pour les pages par défaut des commerçants et les pages de la plateforme.',
        de: 'Leer bei Standardseiten für Händler und bei Plattformseiten.',
      },
    },
    isPlatformPage: {
      label: { en: 'Platform page', fr: 'Page de la plateforme', de: 'Plattformseite' },
      description: {
        en: "The platform's own marketing page (no vendor).",
        fr: 'Page marketing propre à la plateforme (sans commerçant).',
        de: 'Eigene Marketingseite der Plattform (ohne Händler).',
      },
    },
    slug: slugLabel,
    template: {
      label: { en: 'Template', fr: 'Modèle', de: 'Vorlage' },
      options: {
        default: { en: 'Default', fr: 'Standard', de: 'Standard' },
        landing: { en: 'Landing page', fr: 'Page d’accueil', de: 'Landingpage' },
        legal: { en: 'Legal', fr: 'Mentions légales', de: 'Rechtliches' },
        contact: { en: 'Contact', fr: 'Contact', de: 'Kontakt' },
      },
    },
    showInHeader: { label: { en: 'Show in header', fr: 'Afficher dans l’en-tête', de: 'Im Kopfbereich anzeigen' } },
    showInFooter: {
      label: { en: 'Show in footer', fr: 'Afficher dans le pied de page', de: 'In der Fußzeile anzeigen' },
    },
    sortOrder: sortOrderLabel,
  },
}

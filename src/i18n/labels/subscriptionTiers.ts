import {
  cents,
  codeLabel,
  planDescriptionLabel,
  limitNames,
  nameLabel,
  platformLabel,
  sortOrderLabel,
} from './sharedFields'
import type { CollectionLabels } from './types'

export const subscriptionTiers: CollectionLabels = {
  singular: { en: 'Subscription tier', fr: 'Formule d’abonnement', de: 'Abo-Tarif' },
  plural: { en: 'Subscription tiers', fr: 'Formules d’abonnement', de: 'Abo-Tarife' },
  group: 'platform',
  fields: {
    platform: platformLabel,
    code: codeLabel,
    name: nameLabel,
    description: planDescriptionLabel,
    priceMonthly: cents({ en: 'Monthly price', fr: 'Prix mensuel', de: 'Monatspreis' }),
    priceAnnual: cents({ en: 'Annual price', fr: 'Prix annuel', de: 'Jahrespreis' }),
    limits: {
      label: { en: 'Limits', fr: 'Limites', de: 'Kontingente' },
      description: {
        en: 'Leave a limit empty for unlimited.',
        fr: 'Laissez une limite vide pour ne pas limiter.',
        de: 'Ein leeres Kontingent bedeutet unbegrenzt.',
      },
    },
    'limits.ordersPerMonth': { label: limitNames.ordersPerMonth },
    'limits.products': { label: limitNames.products },
    'limits.teamMembers': { label: limitNames.teamMembers },
    'limits.cmsPages': { label: limitNames.cmsPages },
    'limits.cmsCustomPages': { label: limitNames.cmsCustomPages },
    features: {
      label: { en: 'Features', fr: 'Fonctionnalités', de: 'Funktionen' },
      options: {
        cms_basic: { en: 'CMS: basic pages', fr: 'CMS : pages de base', de: 'CMS: Basisseiten' },
        cms_custom_pages: { en: 'CMS: custom pages', fr: 'CMS : pages sur mesure', de: 'CMS: eigene Seiten' },
        cms_templates: { en: 'CMS: page templates', fr: 'CMS : modèles de page', de: 'CMS: Seitenvorlagen' },
        cms_seo: { en: 'CMS: SEO settings', fr: 'CMS : réglages SEO', de: 'CMS: SEO-Einstellungen' },
        cms_unlimited_pages: {
          en: 'CMS: unlimited pages',
          fr: 'CMS : pages illimitées',
          de: 'CMS: unbegrenzte Seiten',
        },
        invoicing: { en: 'Invoicing', fr: 'Facturation', de: 'Rechnungsstellung' },
        letzshop_sync: {
          en: 'Letzshop order sync',
          fr: 'Synchronisation des commandes Letzshop',
          de: 'Letzshop-Bestellabgleich',
        },
        api_access: { en: 'API access', fr: 'Accès API', de: 'API-Zugang' },
        loyalty_points: { en: 'Loyalty points', fr: 'Points de fidélité', de: 'Treuepunkte' },
        loyalty_rewards: { en: 'Loyalty rewards', fr: 'Récompenses de fidélité', de: 'Treueprämien' },
        loyalty_campaigns: { en: 'Loyalty campaigns', fr: 'Campagnes de fidélité', de: 'Treuekampagnen' },
      },
    },
    stripePriceMonthly: {
      label: { en: 'Stripe price (monthly)', fr: 'Prix Stripe (mensuel)', de: 'Stripe-Preis (monatlich)' },
    },
    stripePriceAnnual: {
      label: { en: 'Stripe price (annual)', fr: 'Prix Stripe (annuel)', de: 'Stripe-Preis (jährlich)' },
    },
    isPublic: {
      label: { en: 'Public', fr: 'Public', de: 'Öffentlich' },
    },
    sortOrder: sortOrderLabel,
  },
}

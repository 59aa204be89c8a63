import { marketingPages } from '../shared/marketingPages'
import { vendorDefaultPages } from '../shared/vendorDefaultPages'
import type { PlatformDefinition } from '../types'

export const oms: PlatformDefinition = {
  code: 'oms',
  name: 'Letzshop OMS',
  domains: ['oms.localhost', 'oms.example.lu'],
  branding: {
    primaryColor: '#0b5cad',
    tagline: {
      en: 'Orders, products and invoices for Letzshop sellers',
      fr: 'Commandes, produits et factures pour les vendeurs Letzshop',
      de: 'Bestellungen, Produkte und Rechnungen für Letzshop-Händler',
    },
  },
  config: { invoicing: true, contactEmail: 'contact@oms.example.lu' },
  tiers: [
    {
      code: 'essential',
      name: { en: 'Essential', fr: 'Essentiel', de: 'Essential' },
      description: {
        en: 'For a shop starting out on Letzshop.',
        fr: 'Pour une boutique qui débute sur Letzshop.',
        de: 'Für einen Shop, der auf Letzshop startet.',
      },
      priceMonthly: 2900,
      priceAnnual: 29000,
      limits: { ordersPerMonth: 100, products: 100, teamMembers: 1, cmsPages: 6, cmsCustomPages: 0 },
      features: ['cms_basic'],
      sortOrder: 1,
    },
    {
      code: 'professional',
      name: { en: 'Professional', fr: 'Professionnel', de: 'Professional' },
      description: {
        en: 'Invoices, Letzshop order sync and your own pages.',
        fr: 'Factures, synchronisation des commandes Letzshop et vos propres pages.',
        de: 'Rechnungen, Letzshop-Bestellabgleich und eigene Seiten.',
      },
      priceMonthly: 7900,
      priceAnnual: 79000,
      limits: { ordersPerMonth: 500, products: 1000, teamMembers: 3, cmsPages: 15, cmsCustomPages: 5 },
      features: ['cms_basic', 'cms_custom_pages', 'cms_seo', 'invoicing', 'letzshop_sync'],
      sortOrder: 2,
    },
    {
      code: 'business',
      name: { en: 'Business', fr: 'Business', de: 'Business' },
      description: {
        en: 'For a growing team: templates and API access.',
        fr: 'Pour une équipe qui grandit : modèles et accès API.',
        de: 'Für ein wachsendes Team: Vorlagen und API-Zugang.',
      },
      priceMonthly: 14900,
      priceAnnual: 149000,
      limits: { ordersPerMonth: 2000, products: 5000, teamMembers: 10, cmsPages: 50, cmsCustomPages: 25 },
      features: [
        'cms_basic',
        'cms_custom_pages',
        'cms_seo',
        'cms_templates',
        'invoicing',
        'letzshop_sync',
        'api_access',
      ],
      sortOrder: 3,
    },
    {
      code: 'enterprise',
      name: { en: 'Enterprise', fr: 'Entreprise', de: 'Enterprise' },
      description: {
        en: 'No limits, for the largest shops.',
        fr: 'Sans limites, pour les plus grandes boutiques.',
        de: 'Ohne Begrenzung, für die größten Shops.',
      },
      priceMonthly: 34900,
      priceAnnual: 349000,
      limits: { ordersPerMonth: null, products: null, teamMembers: null, cmsPages: null, cmsCustomPages: null },
      features: [
        'cms_basic',
        'cms_custom_pages',
        'cms_seo',
        'cms_templates',
        'cms_unlimited_pages',
        'invoicing',
        'letzshop_sync',
        'api_access',
      ],
      sortOrder: 4,
    },
  ],
  addOns: [
    {
      code: 'extra-products',
      name: { en: '500 more products', fr: '500 produits de plus', de: '500 weitere Produkte' },
      description: {
        en: 'Raises your product limit by 500.',
        fr: 'Augmente de 500 votre limite de produits.',
        de: 'Erhöht Ihr Produktkontingent um 500.',
      },
      price: 1500,
      interval: 'month',
      raises: { limit: 'products', amount: 500 },
    },
    {
      code: 'extra-orders',
      name: {
        en: '250 more orders a month',
        fr: '250 commandes de plus par mois',
        de: '250 weitere Bestellungen pro Monat',
      },
      description: {
        en: 'Raises your monthly order limit by 250.',
        fr: 'Augmente de 250 votre limite de commandes par mois.',
        de: 'Erhöht Ihr monatliches Bestellkontingent um 250.',
      },
      price: 1900,
      interval: 'month',
      raises: { limit: 'ordersPerMonth', amount: 250 },
    },
    {
      code: 'extra-seats',
      name: { en: '3 more team members', fr: '3 membres d’équipe de plus', de: '3 weitere Teammitglieder' },
      description: {
        en: 'Three more people can sign in to your shop.',
        fr: 'Trois personnes de plus peuvent se connecter à votre boutique.',
        de: 'Drei weitere Personen können sich in Ihrem Shop anmelden.',
      },
      price: 900,
      interval: 'month',
      raises: { limit: 'teamMembers', amount: 3 },
    },
  ],
  marketingPages: marketingPages('Letzshop OMS', {
    en: 'Every Letzshop order, product and EU-VAT invoice in one place.',
    fr: 'Toutes vos commandes Letzshop, vos produits et vos factures TVA UE au même endroit.',
    de: 'Alle Letzshop-Bestellungen, Produkte und EU-MwSt-Rechnungen an einem Ort.',
  }),
  vendorDefaultPages,
}

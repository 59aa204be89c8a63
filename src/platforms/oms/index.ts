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
      name: 'Essential',
      priceMonthly: 2900,
      priceAnnual: 29000,
      limits: { ordersPerMonth: 100, products: 100, teamMembers: 1, cmsPages: 6, cmsCustomPages: 0 },
      features: ['cms_basic'],
      sortOrder: 1,
    },
    {
      code: 'professional',
      name: 'Professional',
      priceMonthly: 7900,
      priceAnnual: 79000,
      limits: { ordersPerMonth: 500, products: 1000, teamMembers: 3, cmsPages: 15, cmsCustomPages: 5 },
      features: ['cms_basic', 'cms_custom_pages', 'cms_seo', 'invoicing', 'letzshop_sync'],
      sortOrder: 2,
    },
    {
      code: 'business',
      name: 'Business',
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
      name: 'Enterprise',
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
      name: '500 more products',
      price: 1500,
      interval: 'month',
      raises: { limit: 'products', amount: 500 },
    },
    {
      code: 'extra-orders',
      name: '250 more orders a month',
      price: 1900,
      interval: 'month',
      raises: { limit: 'ordersPerMonth', amount: 250 },
    },
    {
      code: 'extra-seats',
      name: '3 more team members',
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

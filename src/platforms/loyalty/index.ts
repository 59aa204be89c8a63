import { marketingPages } from '../shared/marketingPages'
import { vendorDefaultPages } from '../shared/vendorDefaultPages'
import type { PlatformDefinition } from '../types'

export const loyalty: PlatformDefinition = {
  code: 'loyalty',
  name: 'Letzshop Loyalty',
  domains: ['loyalty.localhost', 'loyalty.example.lu'],
  branding: {
    primaryColor: '#b4237a',
    tagline: {
      en: 'Points and rewards that bring Letzshop customers back',
      fr: 'Des points et des récompenses qui font revenir vos clients Letzshop',
      de: 'Punkte und Prämien, die Letzshop-Kunden zurückbringen',
    },
  },
  config: { contactEmail: 'contact@loyalty.example.lu' },
  tiers: [
    {
      code: 'starter',
      name: { en: 'Starter', fr: 'Découverte', de: 'Starter' },
      description: {
        en: 'Points for your regulars.',
        fr: 'Des points pour vos habitués.',
        de: 'Punkte für Ihre Stammkunden.',
      },
      priceMonthly: 1900,
      priceAnnual: 19000,
      limits: { ordersPerMonth: null, products: null, teamMembers: 1, cmsPages: 3, cmsCustomPages: 0 },
      features: ['cms_basic', 'loyalty_points'],
      sortOrder: 1,
    },
    {
      code: 'growth',
      name: { en: 'Growth', fr: 'Croissance', de: 'Wachstum' },
      description: {
        en: 'Points, rewards and your own pages.',
        fr: 'Points, récompenses et vos propres pages.',
        de: 'Punkte, Prämien und eigene Seiten.',
      },
      priceMonthly: 4900,
      priceAnnual: 49000,
      limits: { ordersPerMonth: null, products: null, teamMembers: 5, cmsPages: 12, cmsCustomPages: 4 },
      features: ['cms_basic', 'cms_custom_pages', 'loyalty_points', 'loyalty_rewards'],
      sortOrder: 2,
    },
    {
      code: 'scale',
      name: { en: 'Scale', fr: 'Expansion', de: 'Scale' },
      description: {
        en: 'Campaigns and no limits.',
        fr: 'Campagnes et aucune limite.',
        de: 'Kampagnen und keine Begrenzung.',
      },
      priceMonthly: 9900,
      priceAnnual: 99000,
      limits: { ordersPerMonth: null, products: null, teamMembers: null, cmsPages: null, cmsCustomPages: null },
      features: [
        'cms_basic',
        'cms_custom_pages',
        'cms_unlimited_pages',
        'loyalty_points',
        'loyalty_rewards',
        'loyalty_campaigns',
      ],
      sortOrder: 3,
    },
  ],
  addOns: [
    {
      code: 'extra-pages',
      name: { en: '5 more website pages', fr: '5 pages de site de plus', de: '5 weitere Website-Seiten' },
      description: {
        en: 'Raises your website page limit by 5.',
        fr: 'Augmente de 5 votre limite de pages de site.',
        de: 'Erhöht Ihr Kontingent an Website-Seiten um 5.',
      },
      price: 500,
      interval: 'month',
      raises: { limit: 'cmsPages', amount: 5 },
    },
  ],
  marketingPages: marketingPages('Letzshop Loyalty', {
    en: 'Reward your regulars: points, vouchers and campaigns for Letzshop shops.',
    fr: 'Récompensez vos habitués : points, bons et campagnes pour les boutiques Letzshop.',
    de: 'Belohnen Sie Stammkunden: Punkte, Gutscheine und Kampagnen für Letzshop-Shops.',
  }),
  vendorDefaultPages,
}

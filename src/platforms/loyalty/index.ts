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
      name: 'Starter',
      priceMonthly: 1900,
      priceAnnual: 19000,
      limits: { ordersPerMonth: null, products: null, teamMembers: 1, cmsPages: 3, cmsCustomPages: 0 },
      features: ['cms_basic', 'loyalty_points'],
      sortOrder: 1,
    },
    {
      code: 'growth',
      name: 'Growth',
      priceMonthly: 4900,
      priceAnnual: 49000,
      limits: { ordersPerMonth: null, products: null, teamMembers: 5, cmsPages: 12, cmsCustomPages: 4 },
      features: ['cms_basic', 'cms_custom_pages', 'loyalty_points', 'loyalty_rewards'],
      sortOrder: 2,
    },
    {
      code: 'scale',
      name: 'Scale',
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
      name: '5 more CMS pages',
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

import type { Translated } from '../languages'

/**
 * The admin navigation's groups: what a shop works with, the invoices a shop sends its own customers (apart from
 * the platform's subscription billing, which is "Billing" under "Your subscription": src/admin/billing/BillingNavLink),
 * and what only the platform's staff manage.
 */
export const NAV_GROUPS = {
  shop: { en: 'Shop', fr: 'Boutique', de: 'Shop' },
  customerInvoicing: { en: 'Invoicing your customers', fr: 'Facturer vos clients', de: 'Rechnungen an Ihre Kunden' },
  platform: { en: 'Platform', fr: 'Plateforme', de: 'Plattform' },
} satisfies Record<string, Translated>

export type NavGroup = keyof typeof NAV_GROUPS

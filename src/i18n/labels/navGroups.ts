import type { Translated } from '../languages'

/** The admin navigation's groups: what a shop works with, and what only the platform's staff manage. */
export const NAV_GROUPS = {
  shop: { en: 'Shop', fr: 'Boutique', de: 'Shop' },
  platform: { en: 'Platform', fr: 'Plateforme', de: 'Plattform' },
} satisfies Record<string, Translated>

export type NavGroup = keyof typeof NAV_GROUPS

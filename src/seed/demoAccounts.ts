/** Demo logins. The super admin comes from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD; the rest are fixed demo data. */
export const DEMO_PASSWORD = 'letzshop-demo'

export const superAdminCredentials = () => ({
  email: process.env.SEED_ADMIN_EMAIL ?? 'admin@example.lu',
  password: process.env.SEED_ADMIN_PASSWORD ?? 'admin-letzshop-demo',
})

export type DemoVendor = {
  slug: string
  name: string
  country: string
  vatNumber?: string
  letzshopSlug: string
  owner: string
  /** platform code → tier code */
  platforms: Record<string, string>
  /** Overrides of default pages: platform code, slug, English text. */
  overrides: { platform: string; slug: string; title: string; body: string[] }[]
}

export const DEMO_VENDORS: DemoVendor[] = [
  {
    slug: 'luxcraft',
    name: 'LuxCraft Atelier',
    country: 'LU',
    vatNumber: 'LU26375245',
    letzshopSlug: 'luxcraft-atelier',
    owner: 'owner@luxcraft.lu',
    platforms: { oms: 'essential', loyalty: 'growth' },
    overrides: [
      {
        platform: 'oms',
        slug: 'about',
        title: 'About LuxCraft',
        body: ['LuxCraft Atelier makes leather goods by hand in Esch-sur-Alzette since 2009.'],
      },
    ],
  },
  {
    slug: 'moselle-wines',
    name: 'Moselle Wines',
    country: 'LU',
    letzshopSlug: 'moselle-wines',
    owner: 'owner@moselle-wines.lu',
    platforms: { oms: 'professional' },
    overrides: [
      {
        platform: 'oms',
        slug: 'shipping',
        title: 'Shipping our wines',
        body: ['Bottles travel in protective boxes; delivery in Luxembourg within 48 hours.'],
      },
    ],
  },
  {
    slug: 'kachen-cafe',
    name: 'Kachen Café',
    country: 'LU',
    letzshopSlug: 'kachen-cafe',
    owner: 'owner@kachen-cafe.lu',
    platforms: { loyalty: 'starter' },
    overrides: [],
  },
]

export const PLATFORM_ADMINS = [{ email: 'admin@oms.example.lu', platform: 'oms' }]

import { type Browser, expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD, PLATFORM_ADMINS, superAdminCredentials } from '../../src/seed/demoAccounts'

/*
 * The operator's overview with 90 days of generated history (tests/e2e/seedCapacityHistory.ts): a super admin sees
 * every platform on the dashboard, an OMS platform admin (in French) only OMS at /admin/capacity; both see the charts
 * with their forecast and the recommendations. Screenshots in test-results/ for a person to look at.
 */

// Wider than 1440 px: below that Payload closes the nav until the menu button opens it.
const newPage = async (browser: Browser, locale: string) =>
  (await browser.newContext({ locale, viewport: { width: 1600, height: 1000 } })).newPage()

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

const platformSection = (page: Page, code: string) => page.locator(`section[data-platform="${code}"]`)

/** Seven metrics; a platform without products (Loyalty) leaves that chart out. */
async function expectCharts(page: Page, code: string, charts: number) {
  const section = platformSection(page, code)
  await expect(section.locator('figure[data-metric]')).toHaveCount(charts)
  // Usage and forecast drawn as lines in each chart with enough data.
  await expect(section.locator('figure[data-metric="ordersPerMonth"] .recharts-line')).toHaveCount(2)
  await expect(section.locator('figure[data-metric="mrr"] .recharts-line-curve').first()).toBeVisible()
}

test('a super admin sees the capacity overview of every platform first on the dashboard', async ({ browser }) => {
  const page = await newPage(browser, 'en-GB')
  const { email, password } = superAdminCredentials()
  await signIn(page, email, password)
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible()
  await expect(platformSection(page, 'oms')).toBeVisible()
  await expect(platformSection(page, 'loyalty')).toBeVisible()
  await expectCharts(page, 'oms', 7)
  await expectCharts(page, 'loyalty', 6)
  const oms = platformSection(page, 'oms')
  // Products grow 25 a day towards 80 % of 6,000: the forecast crosses within days.
  await expect(oms.locator('[data-list="recommendations"] li[data-kind="forecast"]').first()).toContainText(
    'Products on Letzshop OMS is',
  )
  await expect(oms.locator('figure[data-metric="products"] .recharts-reference-line')).toHaveCount(1)
  await expect(oms.locator('figure[data-metric="vendors"]')).toContainText('ceiling on')
  await expect(oms.locator('[data-card="mrr"]')).toContainText('€')
  await page.screenshot({ path: 'test-results/capacity-super-admin.png', fullPage: true })
})

test('an OMS platform admin sees only OMS, in French, at /admin/capacity', async ({ browser }) => {
  const page = await newPage(browser, 'fr-LU')
  await signIn(page, PLATFORM_ADMINS[0]!.email, DEMO_PASSWORD)
  await page.goto('/admin/capacity')
  await expect(page.getByRole('heading', { level: 1, name: 'Capacité' })).toBeVisible()
  await expect(platformSection(page, 'oms')).toBeVisible()
  await expect(platformSection(page, 'loyalty')).toHaveCount(0)
  await expectCharts(page, 'oms', 7)
  const oms = platformSection(page, 'oms')
  await expect(oms.locator('[data-list="recommendations"]')).toContainText('devrait atteindre 80 % de la capacité')
  // Money as Luxembourg writes it in French (fr-LU): "12 250 €", a narrow space between the thousands.
  await expect(oms.locator('[data-card="mrr"]')).toContainText(/\d[\s\u202f]\d{3}\s€/)
  await page.screenshot({ path: 'test-results/capacity-platform-admin-fr.png', fullPage: true })

  // Asking for another platform's overview says why nothing is shown.
  await page.goto('/admin/capacity?platform=loyalty')
  await expect(page.locator('p[role="alert"]')).toContainText('Vous ne gérez pas la plateforme « loyalty »')
})

test("a vendor owner keeps Payload's dashboard; the capacity routes refuse it", async ({ browser, request }) => {
  const page = await newPage(browser, 'en-GB')
  await signIn(page, 'owner@luxcraft.lu', DEMO_PASSWORD)
  await expect(page.locator('section[data-platform]')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toHaveCount(0)
  const login = await request.post('/api/users/login', {
    data: { email: 'owner@luxcraft.lu', password: DEMO_PASSWORD },
  })
  const answer = await request.get('/api/admin/capacity/recommendations', {
    headers: { Authorization: `JWT ${(await login.json()).token}` },
  })
  expect(answer.status()).toBe(403)
})

import { type Browser, expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

const HIDDEN_FROM_VENDORS = ['platforms', 'subscription-tiers', 'add-ons', 'vendor-platforms', 'vendor-subscriptions']

async function signIn(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

async function expectShopNav(page: Page, texts: { pages: string; products: string; orders: string; group: string }) {
  await expect(page.locator('#nav-orders')).toHaveText(texts.orders)
  await expect(page.locator('#nav-products')).toHaveText(texts.products)
  await expect(page.locator('#nav-content-pages')).toHaveText(texts.pages)
  await expect(page.locator('nav.nav__wrap')).toContainText(texts.group)
  for (const slug of HIDDEN_FROM_VENDORS) await expect(page.locator(`#nav-${slug}`)).toHaveCount(0)
}

const newPage = async (browser: Browser, locale: string) => (await browser.newContext({ locale })).newPage()

test('a vendor owner switches the admin to French; the choice is kept across reloads and browsers', async ({
  browser,
}) => {
  const page = await newPage(browser, 'en-US')
  await signIn(page, 'owner@moselle-wines.lu')
  await expectShopNav(page, { pages: 'Pages', products: 'Products', orders: 'Orders', group: 'Shop' })
  await expect(page.locator('nav.nav__wrap')).not.toContainText('Platforms')

  await page.goto('/admin/account')
  await page.locator('#language-select').click()
  await page.getByText('Français', { exact: true }).click()
  await expectShopNav(page, { pages: 'Pages', products: 'Produits', orders: 'Commandes', group: 'Boutique' })
  await page.screenshot({ path: 'test-results/admin-fr-account.png', fullPage: true })

  await page.reload()
  await expectShopNav(page, { pages: 'Pages', products: 'Produits', orders: 'Commandes', group: 'Boutique' })
  await page.goto('/admin/collections/orders/create')
  await expect(page.locator('form')).toContainText('Lignes de commande')
  await page.screenshot({ path: 'test-results/admin-fr-order.png', fullPage: true })
  await page.context().close()

  // Another browser, with no language cookie and an English Accept-Language: the user's choice comes back.
  const elsewhere = await newPage(browser, 'en-US')
  await signIn(elsewhere, 'owner@moselle-wines.lu')
  await expectShopNav(elsewhere, { pages: 'Pages', products: 'Produits', orders: 'Commandes', group: 'Boutique' })
  await elsewhere.goto('/admin/collections/platforms')
  await expect(elsewhere.locator('body')).not.toContainText('Plateformes')
  // Leave the shared demo user as found: other specs sign in as them and read the admin in English.
  await elsewhere.goto('/admin/account')
  await elsewhere.locator('#language-select').click()
  await elsewhere.getByText('English', { exact: true }).click()
  await expectShopNav(elsewhere, { pages: 'Pages', products: 'Products', orders: 'Orders', group: 'Shop' })
  await elsewhere.context().close()
})

test("a user who never chose gets the admin in the browser's language (Accept-Language), German here", async ({
  browser,
}) => {
  const page = await newPage(browser, 'de-LU')
  await signIn(page, 'owner@kachen-cafe.lu')
  await expectShopNav(page, { pages: 'Seiten', products: 'Produkte', orders: 'Bestellungen', group: 'Shop' })
  await expect(page.locator('[data-limit="teamMembers"]').first()).toContainText('Teammitglieder')
  await expect(page.locator('[data-plan-line]')).toContainText('Tarif Starter, Testphase')
  await page.screenshot({ path: 'test-results/admin-de-dashboard.png', fullPage: true })
  await page.goto('/admin/collections/orders/create')
  await expect(page.locator('form')).toContainText('Bestellpositionen')
  await page.screenshot({ path: 'test-results/admin-de-order.png', fullPage: true })
  await page.context().close()
})

import { expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

/** The demo shop moselle-wines has no "about" of its own: its storefront shows the platform's default. */
const STOREFRONT = '/platforms/oms/vendors/moselle-wines/about'

/** Chooses the interface language on the account page and waits until the content locale has followed it. */
async function chooseLanguage(page: Page, name: 'Français' | 'English') {
  await page.goto('/admin/account')
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: name }).click()
  const code = name === 'Français' ? 'fr' : 'en'
  await expect
    .poll(async () => (await (await page.request.get('/api/payload-preferences/locale')).json()).value)
    .toBe(code)
}

/** The name on the "Locale" pill of the header (Payload also renders a hidden copy of it). */
const localePill = (page: Page) => page.locator('.app-header__localizer .localizer-button__current-label')

async function expectWholePage(page: Page, locale: 'de' | 'en', title: string, text: string) {
  await page.goto(`${STOREFRONT}?locale=${locale}`)
  await expect(page.locator('main h1')).toHaveText(title)
  await expect(page.locator('main')).toContainText(text)
  await expect(page.locator('.site-nav')).toContainText(title)
  await page.screenshot({ path: `test-results/customise-page-storefront-${locale}.png`, fullPage: true })
}

test('a French owner customises the default "about", publishes it in French, and German and English stay whole', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill('owner@moselle-wines.lu')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
  // The demo owner is shared with other specs, which leave it in English: choose French here.
  await chooseLanguage(page, 'Français')

  // The content locale follows the interface language, shown by name; default pages are titled in French.
  await page.goto('/admin/collections/content-pages')
  await expect(localePill(page)).toHaveText('Français')
  await page.screenshot({ path: 'test-results/customise-page-list-fr.png', fullPage: true })
  await page.getByRole('link', { name: 'À propos de nous' }).first().click()
  await page.waitForURL(/\/admin\/collections\/content-pages\/\d+/)
  const defaultUrl = page.url()

  const customise = page.getByRole('button', { name: 'Personnaliser cette page' })
  await expect(customise).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ouvrir la page' })).toHaveAttribute('href', `${STOREFRONT}?locale=fr`)
  await page.screenshot({ path: 'test-results/customise-page-default-fr.png', fullPage: true })
  await customise.click()
  await page.waitForURL((url) => url.href !== defaultUrl && /content-pages\/\d+\?locale=fr/.test(url.href))
  await expect(page.locator('#field-title')).toHaveValue('À propos de nous')
  await expect(localePill(page)).toHaveText('Français')

  const title = 'Notre domaine sur la Moselle'
  const addition = `Nos vignes à Remich depuis 1920 (${Date.now()}).`
  await page.locator('#field-title').fill(title)
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(addition)
  await page.getByRole('button', { name: 'Publier les modifications' }).click()
  await expect(page.getByText('Mis à jour avec succès.')).toBeVisible()
  await page.screenshot({ path: 'test-results/customise-page-override-fr.png', fullPage: true })

  const open = page.getByRole('link', { name: 'Ouvrir la page' })
  await expect(open).toHaveAttribute('href', `${STOREFRONT}?locale=fr`)
  await page.goto(`${STOREFRONT}?locale=fr`)
  await expect(page.locator('main h1')).toHaveText(title)
  await expect(page.locator('main')).toContainText(addition)
  await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'vendor_override')
  await expect(page.locator('.site-nav')).toContainText(title)
  await page.screenshot({ path: 'test-results/customise-page-storefront-fr.png', fullPage: true })

  // German and English: still whole (the default's text, copied), and still in the header.
  await expectWholePage(page, 'de', 'Über uns', 'Wir sind ein luxemburgischer Shop auf Letzshop.')
  await expectWholePage(page, 'en', 'About us', 'We are a Luxembourg shop selling on Letzshop.')

  // Leave the shared demo owner as found: other specs read the admin in English.
  await chooseLanguage(page, 'English')
  await page.goto('/admin/collections/content-pages')
  await expect(localePill(page)).toHaveText('English')
  await page.context().close()
})

import { type Browser, expect, type Locator, type Page, test } from '@playwright/test'

import { signUpOwner } from './signUpOwner'

/*
 * The billing page as a French and a German shop owner read it: plans, add-ons and invoice lines in their language
 * (no Stripe wording), numbers, limits and dates as the language writes them, a full limit not red, and each result
 * shown where the owner acted, scrolled into view and focused. The viewport is short on purpose: the preview and the
 * add-ons are below the fold.
 */

const PASSWORD = 'billing-words-2026'

const newPage = async (browser: Browser, locale: string) =>
  (await browser.newContext({ locale, viewport: { width: 1600, height: 720 } })).newPage()

const signUp = (page: Page, email: string, company: string, card: string) =>
  signUpOwner(page, email, PASSWORD, company, card)

/** What is visible and focused: the element the owner should be looking at. */
async function expectInViewAndFocused(locator: Locator) {
  await expect(locator).toBeInViewport()
  await expect(locator).toBeFocused()
}

const ENGLISH_FROM_STRIPE = /Trial period for|Unused time on|Remaining time on|\(at €| × Essential| × Professional/

test('a French owner reads billing in French, previews a plan change where they clicked, and sees each result there', async ({
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const page = await newPage(browser, 'fr-LU')
  await signUp(page, `facturation-${suffix}@example.lu`, `Fromagerie ${suffix}`, '5555 5555 5555 4444')

  await expect(page.getByText('Votre abonnement', { exact: true }).first()).toBeVisible()
  await expect(page.locator('#nav-billing')).toHaveText('Facturation')
  await page.locator('#nav-billing').click()
  await page.waitForURL(/\/admin\/billing$/)
  const plan = page.locator('[data-billing="plan"]')
  await expect(plan.locator('[data-billing-plan]')).toContainText('Essentiel')
  await expect(plan.locator('[data-billing-trial]')).toContainText(/jusqu’au \d{1,2} \p{L}+ \d{4}\)/u)
  const next = page.locator('[data-billing="next-invoice"]')
  await expect(next).toContainText('Formule Essentiel, mensuelle')
  await expect(next).not.toContainText(ENGLISH_FROM_STRIPE)

  const usage = page.locator('[data-billing="usage"]')
  await expect(usage.locator('[data-limit="cmsPages"]')).toContainText('Pages de site')
  await expect(usage.locator('[data-limit="cmsCustomPages"]')).toContainText('Pages sur mesure0 / 0')
  // 1 / 1 team member is full, not an error.
  await expect(usage.locator('[data-limit="teamMembers"]')).toContainText('1 / 1')
  await expect(usage.locator('[data-limit="teamMembers"]')).toHaveAttribute('data-state', 'near')
  await expect(page.locator('[data-tier="professional"]')).toContainText('Professionnel')
  await expect(page.locator('[data-tier="professional"]')).toContainText(/Produits\s?:\s1\s000/)
  await expect(page.locator('[data-tier="enterprise"]')).toContainText(/Produits\s?:\sIllimité/)
  await expect(page.locator('[data-tier="enterprise"]')).not.toContainText('∞')
  await page.screenshot({ path: 'test-results/billing-words-fr-1-top.png' })

  await page.getByRole('button', { name: /^Voir le prix\s:\sProfessionnel$/ }).click()
  const preview = page.locator('[data-billing-preview="professional"]')
  await expect(preview.locator('[data-billing-preview-total]')).toBeVisible()
  await expectInViewAndFocused(preview)
  await expect(preview).toContainText('Formule Professionnel, mensuelle')
  await expect(preview).not.toContainText(ENGLISH_FROM_STRIPE)
  await page.screenshot({ path: 'test-results/billing-words-fr-2-preview.png' })

  await preview.getByRole('button', { name: 'Confirmer le changement' }).click()
  const planNotice = page.locator('[data-billing="change-plan"] [data-billing-notice]')
  await expect(planNotice).toHaveText('Votre formule est désormais Professionnel.')
  await expectInViewAndFocused(planNotice)
  await page.screenshot({ path: 'test-results/billing-words-fr-3-changed.png' })

  const addOn = page.locator('[data-add-on="extra-products"]')
  await expect(addOn).toContainText('500 produits de plus')
  await expect(addOn).toContainText('Augmente de 500 votre limite de produits.')
  await addOn.getByRole('button', { name: /^Ajouter\s:\s500 produits de plus$/ }).click()
  const addOnNotice = page.locator('[data-billing="add-ons"] [data-billing-notice]')
  await expect(addOnNotice).toHaveText('L’option « 500 produits de plus » est ajoutée.')
  await expectInViewAndFocused(addOnNotice)
  await expect(page.locator('[data-billing="change-plan"] [data-billing-notice]')).toHaveCount(0)
  await expect(next).toContainText('Option : 500 produits de plus')
  await expect(usage.locator('[data-limit="products"]')).toContainText(/0 \/ 1\s500/)
  await page.screenshot({ path: 'test-results/billing-words-fr-4-add-on.png' })
  await page.context().close()
})

test('a German owner reads billing in German: names, "Unbegrenzt", dates and numbers as German writes them', async ({
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const page = await newPage(browser, 'de-DE')
  await signUp(page, `abrechnung-${suffix}@example.lu`, `Metzgerei ${suffix}`, '4000 0566 5566 5556')

  await expect(page.getByText('Ihr Abonnement', { exact: true }).first()).toBeVisible()
  await page.locator('#nav-billing').click()
  await page.waitForURL(/\/admin\/billing$/)
  await expect(page.locator('[data-billing="plan"] [data-billing-trial]')).toContainText(
    /bis \d{1,2}\. \p{L}+ \d{4}\)/u,
  )
  await expect(page.locator('[data-billing="next-invoice"]')).toContainText('Tarif Essential, monatlich')
  await expect(page.locator('[data-billing="usage"] [data-limit="teamMembers"]')).toHaveAttribute('data-state', 'near')
  await expect(page.locator('[data-tier="business"]')).toContainText(/Produkte:\s5\.000/)
  await expect(page.locator('[data-tier="enterprise"]')).toContainText('Website-Seiten: Unbegrenzt')
  await expect(page.locator('[data-add-on="extra-seats"]')).toContainText('3 weitere Teammitglieder')
  await page.screenshot({ path: 'test-results/billing-words-de-1-top.png' })

  await page.getByRole('button', { name: 'Preis ansehen: Business' }).click()
  const preview = page.locator('[data-billing-preview="business"]')
  await expect(preview.locator('[data-billing-preview-total]')).toBeVisible()
  await expectInViewAndFocused(preview)
  await expect(preview).toContainText('Tarif Business, monatlich')
  await expect(preview).not.toContainText(ENGLISH_FROM_STRIPE)
  await page.screenshot({ path: 'test-results/billing-words-de-2-preview.png' })
  await page.context().close()
})

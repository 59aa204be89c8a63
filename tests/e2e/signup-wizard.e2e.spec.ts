import { type Browser, expect, type Page, test } from '@playwright/test'

const frenchPage = async (browser: Browser): Promise<Page> =>
  (await browser.newContext({ locale: 'fr-LU', viewport: { width: 1280, height: 900 } })).newPage()

const heading = (page: Page) => page.locator('#wizard-heading')

test('a French visitor picks Professional annual, claims their Letzshop shop, survives a declined card and lands in the admin on a trial', async ({
  browser,
}) => {
  const page = await frenchPage(browser)
  await page.goto('/platforms/oms')
  await page.screenshot({ path: 'test-results/signup-0-homepage.png', fullPage: true })
  await page.getByRole('link', { name: /^Annuel/ }).click()
  await page.locator('[data-tier="professional"]').getByRole('link', { name: 'Choisir Professionnel' }).click()
  await expect(page).toHaveURL(
    /\/platforms\/oms\/signup\?tier=professional&billingPeriod=annual&locale=fr(&step=plan)?$/,
  )

  // 1. The plan, preselected from the link.
  await expect(heading(page)).toHaveText('Choisissez votre offre')
  await expect(page.locator('.wizard__progress [aria-current="step"]')).toContainText('Offre')
  await expect(page.getByRole('radio', { name: /Professionnel/ })).toBeChecked()
  await expect(page.getByRole('radio', { name: /^Annuelle/ })).toBeChecked()
  await expect(page.locator('[data-tier="professional"]')).toContainText('790 € / an')
  await page.screenshot({ path: 'test-results/signup-1-plan.png', fullPage: true })
  await page.getByRole('button', { name: 'Continuer' }).click()

  // 2. Find and claim the shop; focus moves to the step's heading.
  await expect(heading(page)).toHaveText('Trouvez votre boutique Letzshop')
  await expect(heading(page)).toBeFocused()
  await page.getByLabel('Nom de votre boutique').fill('g')
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await expect(page.locator('#shop-search-error')).toHaveText('Tapez au moins 2 caractères du nom de votre boutique.')
  await expect(page.getByLabel('Nom de votre boutique')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Nom de votre boutique').fill('gaspard')
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await expect(page.getByRole('status')).toHaveText('1 boutique trouvée')
  await page.screenshot({ path: 'test-results/signup-2-shop.png', fullPage: true })
  await page.getByRole('button', { name: 'C’est ma boutique : Épicerie fine Gaspard' }).click()

  // 3. The account; the browser's checks and the server's (VAT number) show next to their fields, in French.
  await expect(heading(page)).toHaveText('Votre compte')
  await page.reload()
  await expect(heading(page)).toHaveText('Votre compte') // resumed from the server's session after the reload
  await page.getByRole('button', { name: 'Retour' }).click()
  await expect(page.locator('.shop-chosen')).toContainText('Votre boutique : Épicerie fine Gaspard')
  await page.getByRole('button', { name: 'Continuer' }).click()
  await expect(heading(page)).toHaveText('Votre compte')
  await expect(page.getByLabel('Pays')).toHaveValue('LU')

  await page.getByRole('button', { name: 'Continuer' }).click()
  await expect(page.locator('#account-email-error')).toHaveText('Indiquez votre adresse e-mail.')
  await expect(page.locator('#account-email')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#account-email')).toHaveAttribute('aria-describedby', 'account-email-error')
  await expect(page.locator('#account-email')).toBeFocused()
  await expect(page.locator('#account-password-error')).toHaveText('Choisissez un mot de passe de 10 à 200 caractères.')

  const email = `gaspard-${Date.now()}@example.lu`
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Mot de passe').fill('épicerie-fine-2026')
  await page.getByLabel('Raison sociale').fill('Épicerie fine Gaspard SARL')
  await page.getByLabel(/Numéro de TVA/).fill('LU12345678')
  await page.getByRole('button', { name: 'Continuer' }).click()
  await expect(page.locator('#account-vatNumber-error')).toContainText('n’est pas valide')
  await expect(page.locator('#account-vatNumber')).toBeFocused()
  await page.screenshot({ path: 'test-results/signup-3-account-errors.png', fullPage: true })
  await page.getByLabel(/Numéro de TVA/).fill('LU26375245')
  await page.screenshot({ path: 'test-results/signup-3-account.png', fullPage: true })
  await page.getByRole('button', { name: 'Continuer' }).click()

  // 4. The card in Stripe Elements (the stand-in's Stripe.js): declined first, in French, then accepted.
  await expect(heading(page)).toHaveText('Votre carte')
  await page.reload()
  await expect(heading(page)).toHaveText('Votre carte')
  await expect(page.locator('.wizard__summary')).toHaveText('Professionnel, 790 € / an après l’essai')
  const card = page.locator('[data-stripe-stand-in="card"]')
  await card.fill('4000 0000 0000 0002')
  await page.getByRole('button', { name: 'Commencer mon essai gratuit' }).click()
  await expect(page.locator('#card-error')).toHaveText('Votre carte a été refusée. Essayez une autre carte.')
  await page.screenshot({ path: 'test-results/signup-4-card-declined.png', fullPage: true })
  await card.fill('4242 4242 4242 4242')
  await page.getByRole('button', { name: 'Commencer mon essai gratuit' }).click()

  // Signed in by the completion's cookie, in the admin, on a trial.
  await page.waitForURL(/\/admin$/)
  const plan = page.locator('section[data-plan]').filter({ hasText: 'Épicerie fine Gaspard' })
  await expect(plan.locator('[data-plan-line]')).toContainText('Formule Professionnel, période d’essai jusqu’au')
  await page.screenshot({ path: 'test-results/signup-5-admin.png', fullPage: true })
  await page.context().close()
})

test('a reload on the shop step resumes the signup there; a link for another plan starts afresh', async ({
  browser,
}) => {
  const page = await frenchPage(browser)
  await page.goto('/platforms/oms/signup?tier=essential&billingPeriod=monthly&locale=fr')
  await expect(page.getByRole('radio', { name: /Essentiel/ })).toBeChecked()
  await page.getByRole('button', { name: 'Continuer' }).click()
  await expect(heading(page)).toHaveText('Trouvez votre boutique Letzshop')
  await page.reload()
  await expect(heading(page)).toHaveText('Trouvez votre boutique Letzshop')
  // At phone width the wizard fits the screen.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByLabel('Nom de votre boutique').fill('café')
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await expect(page.locator('.shop-result').first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await page.screenshot({ path: 'test-results/signup-2-shop-390.png', fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.getByRole('button', { name: 'Retour' }).click()
  await expect(page.getByRole('radio', { name: /Essentiel/ })).toBeChecked()

  await page.goto('/platforms/oms/signup?tier=business&billingPeriod=monthly&locale=fr')
  await expect(heading(page)).toHaveText('Choisissez votre offre')
  await expect(page.getByRole('radio', { name: /Business/ })).toBeChecked()
  await page.context().close()
})

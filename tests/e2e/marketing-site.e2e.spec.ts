import { type Browser, expect, test } from '@playwright/test'

const newPage = async (browser: Browser, locale: string, width = 1280) =>
  (await browser.newContext({ locale, viewport: { width, height: 900 } })).newPage()

test('the OMS homepage in French: hero, four plans in EUR, annual prices with the saving, CTAs into the signup', async ({
  browser,
}) => {
  // No ?locale=: the French browser (Accept-Language fr-LU) gets French.
  const page = await newPage(browser, 'fr-LU')
  await page.goto('/platforms/oms')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.locator('.hero h1')).toHaveText('Letzshop OMS')
  await expect(page.locator('.hero')).toContainText('Commandes, produits et factures pour les vendeurs Letzshop')
  await expect(page.locator('.hero')).toContainText('Commencez votre essai de 30 jours')
  await expect(page).toHaveTitle(/Letzshop OMS/)

  const cards = page.locator('.tier-card')
  await expect(cards).toHaveCount(4)
  await expect(cards.locator('h3')).toHaveText(['Essentiel', 'Professionnel', 'Business', 'Entreprise'])
  const professional = page.locator('[data-tier="professional"]')
  await expect(professional.locator('.tier-card__price')).toContainText('79 €')
  await expect(professional.locator('.tier-card__price')).toContainText('/ mois')
  await expect(professional).toContainText('500 commandes par mois')
  await expect(professional).toContainText('Factures TVA UE')
  await expect(page.locator('[data-tier="enterprise"]')).toContainText('Produits illimités')
  await expect(professional.getByRole('link', { name: 'Choisir Professionnel' })).toHaveAttribute(
    'href',
    '/platforms/oms/signup?tier=professional&billingPeriod=monthly&locale=fr',
  )
  await expect(page.locator('.add-ons')).toContainText('500 produits de plus')
  await expect(page.locator('table.comparison')).toContainText('Synchronisation des commandes Letzshop')
  // Nothing of the machinery shows.
  await expect(page.locator('body')).not.toContainText(/vendor_|platform_|resolution|override/i)
  await page.screenshot({ path: 'test-results/marketing-oms-fr.png', fullPage: true })

  await page.getByRole('link', { name: /^Annuel/ }).click()
  await expect(page).toHaveURL(/billing=annual/)
  await expect(professional.locator('.tier-card__price')).toContainText('790 €')
  await expect(professional.locator('.tier-card__price')).toContainText('/ an')
  await expect(professional.locator('.tier-card__saving')).toHaveText('Vous économisez 158 € par an (17 %)')
  await expect(professional.getByRole('link', { name: 'Choisir Professionnel' })).toHaveAttribute(
    'href',
    '/platforms/oms/signup?tier=professional&billingPeriod=annual&locale=fr',
  )
  await page.locator('#pricing').screenshot({ path: 'test-results/marketing-oms-fr-annual.png' })
  await page.context().close()

  const phone = await newPage(browser, 'fr-LU', 390)
  await phone.goto('/platforms/oms?locale=fr')
  await expect(phone.locator('.tier-card')).toHaveCount(4)
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await phone.screenshot({ path: 'test-results/marketing-oms-fr-390.png', fullPage: true })
  await phone.context().close()
})

test('the Loyalty homepage in German, and the language switcher', async ({ browser }) => {
  const page = await newPage(browser, 'de-DE')
  await page.goto('/platforms/loyalty')
  await expect(page.locator('.hero h1')).toHaveText('Letzshop Loyalty')
  await expect(page.locator('.hero')).toContainText('Punkte und Prämien, die Letzshop-Kunden zurückbringen')
  await expect(page.locator('#pricing-heading')).toHaveText('Tarife und Preise')
  await expect(page.locator('.tier-card')).toHaveCount(3)
  await expect(page.locator('[data-tier="starter"] .tier-card__price')).toContainText('19 €')
  await expect(page.locator('[data-tier="growth"]')).toContainText('Treuepunkte')
  await expect(page.locator('[data-tier="growth"] a.button')).toHaveAttribute(
    'href',
    '/platforms/loyalty/signup?tier=growth&billingPeriod=monthly&locale=de',
  )
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/platforms\/loyalty\?locale=de$/)
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
    'href',
    /\/platforms\/loyalty\?locale=fr$/,
  )
  await page.screenshot({ path: 'test-results/marketing-loyalty-de.png', fullPage: true })

  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'EN' }).click()
  await expect(page.locator('#pricing-heading')).toHaveText('Plans and prices')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pricing' }).click()
  await expect(page.locator('main h1')).toHaveText('Pricing')
  await expect(page.locator('.tier-card')).toHaveCount(3)
  await page.context().close()
})

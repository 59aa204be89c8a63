import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD, PLATFORM_ADMINS } from '../../src/seed/demoAccounts'

/*
 * A new owner's first arrival in the admin, in French and in German: the welcome and first-week checklist (the card
 * is on file from signup, the rest to do), the plan with its trial's end and the billing link, all in the page;
 * then, once every step is done, the dashboard without the checklist. And the OMS platform admin's dashboard.
 * Screenshots in test-results/dashboard-*.png for a person to look at.
 */
const PASSWORD = 'first-week-2026'

const newPage = async (browser: Browser, locale: string) =>
  (await browser.newContext({ locale, viewport: { width: 1600, height: 1000 } })).newPage()

/** One free trial per card and platform: each journey types its own test card. */
async function signUp(page: Page, email: string, company: string, card: string) {
  await page.goto('/platforms/oms/signup?tier=essential&billingPeriod=monthly&locale=en')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Skip this step' }).click()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByLabel('Company name').fill(company)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('[data-stripe-stand-in="card"]').fill(card)
  await page.getByRole('button', { name: 'Start my free trial' }).click()
  await page.waitForURL(/\/admin$/)
}

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = violations.filter((violation) => ['critical', 'serious'].includes(violation.impact ?? ''))
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
  ).toEqual([])
}

/** The other steps done through the API with the owner's own cookie: the claim, a page, an order. */
async function finishFirstWeek(page: Page, shop: string) {
  const me = await (await page.request.get('/api/users/me?depth=1')).json()
  const vendor = me.user.vendors[0]
  const platform = (await (await page.request.get('/api/platforms?where[code][equals]=oms&depth=0')).json()).docs[0]
  const ok = async (response: Awaited<ReturnType<Page['request']['post']>>) =>
    expect(response.status(), await response.text()).toBeLessThan(300)
  await ok(await page.request.post('/api/vendor/letzshop-claim', { data: { letzshopSlug: shop } }))
  await ok(
    await page.request.post('/api/content-pages', {
      data: { platform: platform.id, vendor: vendor.id, slug: 'about', title: 'À propos', _status: 'published' },
    }),
  )
  await ok(
    await page.request.post('/api/orders', {
      data: {
        platform: platform.id,
        vendor: vendor.id,
        customerName: 'Ann',
        source: 'direct',
        status: 'pending',
        placedAt: new Date().toISOString(),
        lines: [{ description: 'Chocolat', quantity: 1, unitPrice: 450 }],
      },
    }),
  )
}

const JOURNEYS = [
  {
    language: 'fr',
    locale: 'fr-LU',
    card: '5200 8282 8282 8210',
    shop: 'velo-atelier-kirchberg',
    title: 'Tableau de bord',
    welcome: 'Bienvenue sur',
    progress: '1 sur 5 faites',
    trial: /Formule Essentiel, période d’essai jusqu’au \d{1,2} \S+ 20\d\d/,
    billing: 'Facturation : formule, carte et factures',
    seats: 'Ajouter des places pour inviter votre équipe (votre formule n’en a plus)',
    addSeats: /^Ajouter\s:\s3 membres d’équipe de plus$/,
  },
  {
    language: 'de',
    locale: 'de-DE',
    card: '5105 1051 0510 5100',
    shop: 'naturkosmetik-echternach',
    title: 'Übersicht',
    welcome: 'Willkommen bei',
    progress: '1 von 5 erledigt',
    trial: /Tarif Essential, Testphase bis \d{1,2}\. \S+ 20\d\d/,
    billing: 'Abrechnung: Tarif, Karte und Rechnungen',
    seats: 'Plätze hinzufügen, um Ihr Team einzuladen (Ihr Tarif hat keine mehr frei)',
    addSeats: /^Hinzufügen:\s3 weitere Teammitglieder$/,
  },
] as const

for (const journey of JOURNEYS) {
  test(`a new owner's dashboard in ${journey.language}: first arrival, then every step done`, async ({ browser }) => {
    const page = await newPage(browser, journey.locale)
    const suffix = `${journey.language}${Date.now().toString(36)}`
    await signUp(page, `owner-${suffix}@example.lu`, `Atelier ${suffix}`, journey.card)

    await expect(page.getByRole('heading', { level: 1, name: journey.title })).toBeVisible()
    const checklist = page.locator('[data-first-week]')
    await expect(checklist).toContainText(journey.welcome)
    await expect(checklist.locator('[data-first-week-progress]')).toHaveText(journey.progress)
    await expect(checklist.locator('li[data-step="card"]')).toHaveAttribute('data-done', 'true')
    for (const step of ['claim', 'pages', 'team', 'orders'])
      await expect(checklist.locator(`li[data-step="${step}"]`)).toHaveAttribute('data-done', 'false')
    // Essential's one seat is the owner's: the team step leads to the add-ons that bring more.
    const teamStep = checklist.locator('li[data-step="team"] a')
    await expect(teamStep).toHaveText(journey.seats)
    await expect(teamStep).toHaveAttribute('href', '/admin/billing#billing-add-ons')
    await expect(page.locator('[data-plan-line]')).toHaveText(journey.trial)
    await expect(page.locator('[data-plan] [data-limit]')).toHaveCount(5)
    await expect(page.locator('[data-billing-link]')).toHaveText(`${journey.billing} →`)
    await expect(page.locator('[data-billing-link]')).toHaveAttribute('href', '/admin/billing')
    await page.screenshot({ path: `test-results/dashboard-first-arrival-${journey.language}.png`, fullPage: true })
    await expectNoSeriousViolations(page)

    // The claim step's link leads to the claim card on the same page.
    await checklist.locator('li[data-step="claim"] a').click()
    await expect(page.locator('[data-letzshop-claim]')).toBeVisible()

    // Three more seats from billing, then invite a member from the checklist: the form starts with the shop chosen.
    await page.goto('/admin')
    await teamStep.click()
    await page.waitForURL(/\/admin\/billing/)
    await page.locator('[data-add-on="extra-seats"]').getByRole('button', { name: journey.addSeats }).click()
    await expect(page.locator('[data-billing="add-ons"] [data-billing-notice]')).toBeVisible()
    await page.goto('/admin')
    await expect(teamStep).toHaveAttribute('href', '/admin/collections/users/create')
    await teamStep.click()
    await page.waitForURL(/\/admin\/collections\/users\/create/)
    await page.locator('#field-email').fill(`member-${suffix}@example.lu`)
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('#field-confirm-password').fill(PASSWORD)
    await expect(page.locator('#field-vendors')).toContainText('Atelier')
    await page.screenshot({ path: `test-results/dashboard-invite-${journey.language}.png`, fullPage: true })
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/users\/\d+/)
    await page.goto('/admin')
    await expect(checklist.locator('li[data-step="team"]')).toHaveAttribute('data-done', 'true')

    await finishFirstWeek(page, journey.shop)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: journey.title })).toBeVisible()
    await expect(page.locator('[data-first-week]')).toHaveCount(0)
    await expect(page.locator('[data-letzshop-claim]')).toHaveCount(0)
    await expect(page.locator('[data-plan-line]')).toHaveText(journey.trial)
    await expect(page.locator('[data-plan] [data-limit]')).toHaveCount(5)
    await page.screenshot({ path: `test-results/dashboard-first-week-done-${journey.language}.png`, fullPage: true })
    await expectNoSeriousViolations(page)
    await page.context().close()
  })
}

test("the OMS platform admin's dashboard: its platform's shops and trials, none of another platform's", async ({
  browser,
}) => {
  const page = await newPage(browser, 'fr-LU')
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(PLATFORM_ADMINS[0]!.email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Vos plateformes' })).toBeVisible()
  await expect(page.locator('[data-platform-overview="oms"]')).toBeVisible()
  await expect(page.locator('[data-platform-overview="loyalty"]')).toHaveCount(0)
  await expect(page.locator('[data-platform-overview="oms"] [data-card="trials-ending"]')).toContainText(
    'Périodes d’essai finissant',
  )
  await expect(page.locator('[data-capacity-link]')).toHaveAttribute('href', '/admin/capacity?platform=oms')
  // Below the shops, the capacity overview of its platform only, with its charts.
  const capacity = page.locator('[data-capacity-overview]')
  await expect(
    capacity.locator('section[data-platform="oms"] figure[data-metric="mrr"] .recharts-line-curve').first(),
  ).toBeVisible()
  await expect(capacity.locator('section[data-platform="loyalty"]')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/dashboard-platform-admin-fr.png', fullPage: true })
  await expectNoSeriousViolations(page)

  await page.goto('/admin/collections/subscription-tiers')
  await expect(page.locator('.table')).toBeVisible()
  await expect(page.locator('.table')).not.toContainText('Loyalty')
  await page.screenshot({ path: 'test-results/dashboard-platform-admin-tiers-fr.png', fullPage: true })
  await page.context().close()
})

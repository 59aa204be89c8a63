import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD, superAdminCredentials } from '../../src/seed/demoAccounts'

/** The stand-in's key of the demo shop moselle-wines (Professional: the plan includes letzshop_sync), 12 orders. */
const KEY = 'lsk_test_moselle-wines'

test('an owner connects Letzshop, syncs, sees the imported orders and confirms one partially', async ({
  browser,
  request,
}) => {
  const login = await request.post('/api/users/login', { data: superAdminCredentials() })
  const admin = { Authorization: `JWT ${(await login.json()).token}` }

  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill('owner@moselle-wines.lu')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
  // The demo owner is shared with other specs, which leave their admin language chosen (English): choose French here.
  await page.goto('/admin/account')
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: 'Français' }).click()
  await expect(page.locator('#nav-letzshop-sync')).toHaveText('Synchronisation Letzshop')

  await expect(page.locator('#nav-letzshop-sync')).toHaveCount(1)
  await page.goto('/admin/letzshop-sync')
  await expect(page.getByRole('heading', { name: 'Synchronisation des commandes Letzshop' })).toBeVisible()

  const key = page.getByLabel('Votre clé d’API Letzshop')
  await key.fill('lsk_test_not-a-shop')
  await page.getByRole('button', { name: 'Connecter' }).click()
  await expect(page.getByRole('status').first()).toContainText('Letzshop a refusé cette clé')

  await key.fill(KEY)
  await page.getByRole('button', { name: 'Connecter' }).click()
  await expect(page.getByText(/État : Active · clé …ines · boutique moselle-wines/)).toBeVisible()
  await expect(page.locator('body')).not.toContainText(KEY)

  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click()
  await expect(page.getByRole('status').first()).toContainText('Une exécution est en attente.')
  // The worker's part: run the queued jobs (the e2e server runs no worker), the welcome mails of the shops other
  // specs signed up among them, so the limit must reach past them to the sync.
  const run = await request.get('/api/payload-jobs/run?limit=500', { headers: admin })
  expect(run.status(), await run.text()).toBe(200)

  await page.reload()
  const runs = page.locator('.letzshop-sync__runs tbody tr')
  await expect(runs.first()).toContainText('Réussie')
  await expect(runs.first().locator('td').nth(2)).toHaveText('12')
  const orders = page.locator('.letzshop-sync__orders article')
  await expect(orders).toHaveCount(12)
  await page.screenshot({ path: 'test-results/admin-letzshop-sync.png', fullPage: true })

  // Partial confirmation: the first unit of one order available, the rest left for later, with a tracking number.
  const order = orders.first()
  const externalId = await order.getAttribute('data-order')
  await order.getByRole('radio', { name: 'Disponible' }).first().check()
  await order.getByPlaceholder('Numéro de suivi').fill('LU-TRACK-1')
  await order.getByRole('button', { name: 'Envoyer à Letzshop' }).click()
  const answered = page.locator(`article[data-order="${externalId}"]`)
  await expect(answered.getByRole('status')).toContainText('Enregistré')
  await page.screenshot({ path: 'test-results/admin-letzshop-confirm.png', fullPage: true })

  const stored = await request.get(`/api/orders?where[externalId][equals]=${externalId}&depth=0`, { headers: admin })
  const [doc] = (await stored.json()).docs
  expect(doc.lines[0]).toMatchObject({ letzshopState: 'confirmed_available' })
  expect(doc.trackingNumber).toBe('LU-TRACK-1')

  await page.goto('/admin/collections/orders')
  await expect(page.locator('table')).toContainText('Letzshop')
  await page.screenshot({ path: 'test-results/admin-letzshop-orders.png', fullPage: true })
  // Leave the shared demo owner as found: other specs read the admin in English.
  await page.goto('/admin/account')
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: 'English' }).click()
  await expect(page.locator('#nav-letzshop-sync')).toHaveText('Letzshop sync')
  await page.context().close()
})

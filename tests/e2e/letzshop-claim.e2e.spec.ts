import { expect, test } from '@playwright/test'

import { superAdminCredentials } from '../../src/seed/demoAccounts'

test('a vendor owner who skipped the claim at signup claims its Letzshop shop from the dashboard', async ({
  browser,
  request,
}) => {
  // A vendor and its owner as signup leaves them when the claim step was skipped (every demo vendor has a shop).
  const login = await request.post('/api/users/login', { data: superAdminCredentials() })
  expect(login.status()).toBe(200)
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const suffix = Date.now().toString(36)
  const vendor = await request.post('/api/vendors', {
    headers,
    data: { name: `Weber ${suffix}`, slug: `weber-${suffix}` },
  })
  expect(vendor.status(), await vendor.text()).toBe(201)
  const email = `owner-${suffix}@weber.lu`
  const password = 'weber-password-1'
  const user = await request.post('/api/users', {
    headers,
    data: { email, password, roles: ['vendor-owner'], vendors: [(await vendor.json()).doc.id] },
  })
  expect(user.status(), await user.text()).toBe(201)

  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)

  const card = page.locator(`[data-letzshop-claim="weber-${suffix}"]`)
  await expect(card).toContainText('Boutique Letzshop')
  const input = card.getByLabel('Votre boutique sur Letzshop (adresse ou slug)')
  await input.fill('https://example.com/schreinerei-weber')
  await card.getByRole('button', { name: 'Revendiquer' }).click()
  await expect(card.getByRole('alert')).toContainText('n’est pas l’adresse d’une boutique Letzshop')

  await input.fill('https://letzshop.lu/de/vendors/schreinerei-weber')
  await card.getByRole('button', { name: 'Revendiquer' }).click()
  await expect(card.getByRole('status')).toContainText('« schreinerei-weber »')
  await page.screenshot({ path: 'test-results/admin-letzshop-claim.png', fullPage: true })

  // Claimed: the card is gone after a reload, and the vendor record holds the shop.
  await page.reload()
  await expect(page.locator('[data-letzshop-claim]')).toHaveCount(0)
  const stored = await request.get(`/api/vendors/${(await vendor.json()).doc.id}?depth=0`, { headers })
  expect(await stored.json()).toMatchObject({ letzshopSlug: 'schreinerei-weber', letzshopVendorId: expect.any(String) })
  await page.context().close()
})

import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

test('a vendor owner edits and publishes their about page, and the storefront shows it', async ({ page }) => {
  const addition = `Visit our workshop in Clervaux ${Date.now()}.`

  await page.goto('/admin/login')
  await page.locator('#field-email').fill('owner@luxcraft.lu')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)

  await page.goto('/admin/collections/content-pages')
  await page.getByRole('link', { name: 'About LuxCraft' }).click()
  await page.waitForURL(/\/admin\/collections\/content-pages\/\d+/)

  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(addition)

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Updated successfully.')).toBeVisible()

  await page.goto('/platforms/oms/vendors/luxcraft/about')
  await expect(page.locator('main')).toContainText(addition)
  await expect(page.locator('main h1')).toHaveText('About LuxCraft')
  await expect(page.locator('[data-source]')).toHaveAttribute('data-source', 'vendor_override')
})

test('a vendor owner sees a usage bar per limit on the dashboard', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill('owner@luxcraft.lu')
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)

  const oms = page.locator('section[data-plan]').filter({ hasText: 'LuxCraft Atelier · Letzshop OMS' })
  await expect(oms.locator('[data-plan-line]')).toHaveText(/^Essential plan, trial until \d{1,2} \w+ \d{4}$/)
  await expect(oms.locator('[data-limit="cmsPages"]')).toContainText('1 / 6')
  await expect(oms.locator('[data-limit="products"]')).toContainText('0 / 100')
  const loyalty = page.locator('section[data-plan]').filter({ hasText: 'LuxCraft Atelier · Letzshop Loyalty' })
  await expect(loyalty.locator('[data-limit="products"]')).toContainText('0 / Unlimited')
})

import { expect, test } from '@playwright/test'

import { superAdminCredentials } from '../../src/seed/demoAccounts'

import { recordViolations } from './cspViolations'

test('the admin works under the Content-Security-Policy: no violation while signing in, browsing and editing', async ({
  page,
}) => {
  const violations = await recordViolations(page)
  const seen: string[] = []
  const visit = async (path: string) => {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    seen.push(...(await violations()))
  }

  const login = await page.goto('/admin/login')
  await page.waitForLoadState('networkidle')
  // A policy that breaks the admin shows here first: the login form never renders.
  expect(await violations()).toEqual([])
  const headers = login!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-powered-by']).toBeUndefined()

  const { email, password } = superAdminCredentials()
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
  await page.waitForLoadState('networkidle')
  seen.push(...(await violations()))

  await visit('/admin/collections/content-pages')
  await page.getByRole('link', { name: 'About LuxCraft' }).first().click()
  await page.waitForURL(/\/admin\/collections\/content-pages\/\d+/)
  await expect(page.locator('[data-lexical-editor="true"]').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  seen.push(...(await violations()))

  await visit('/admin/collections/platforms')
  await visit('/admin/collections/users')
  await visit('/platforms/oms/home')
  await expect(page.locator('main h1')).toBeVisible()
  seen.push(...(await violations()))

  expect(seen).toEqual([])
})

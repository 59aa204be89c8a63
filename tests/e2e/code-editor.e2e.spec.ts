import { expect, test } from '@playwright/test'

import { superAdminCredentials } from '../../src/seed/demoAccounts'

import { recordViolations } from './cspViolations'

/** The app itself and the local stand-ins (Stripe.js's among them) run on this machine; Stripe's own hosts too. */
const allowedHost = (host: string) => ['localhost', '127.0.0.1'].includes(host) || /(^|\.)stripe\.com$/.test(host)

test("the admin's code editor (a platform's JSON config) loads Monaco from our own origin, not a CDN", async ({
  page,
}) => {
  const violations = await recordViolations(page)
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && !allowedHost(url.hostname)) foreign.push(request.url())
  })

  await page.goto('/admin/login')
  const { email, password } = superAdminCredentials()
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)

  await page.goto('/admin/collections/platforms')
  await page.locator('.table a[href*="/admin/collections/platforms/"]').first().click()
  await page.waitForURL(/\/admin\/collections\/platforms\/\d+/)
  const document = await page.reload()
  await expect(page.locator('.monaco-editor').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.locator('.monaco-editor').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/code-editor-platform-config.png' })

  expect(document!.headers()['content-security-policy']).not.toContain('jsdelivr')
  expect(foreign).toEqual([])
  expect(await violations()).toEqual([])
})

import { expect, type Page, test } from '@playwright/test'

import { superAdminCredentials } from '../../src/seed/demoAccounts'

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ]
}

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

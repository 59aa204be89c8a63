import { expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

async function login(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(/\/admin$/)
}

test('a vendor with invoicing issues its draft invoice from the edit view and downloads the PDF', async ({ page }) => {
  await login(page, 'owner@moselle-wines.lu')
  await expect(page.locator('nav.nav__wrap')).toContainText('Customer invoices')

  // The seeded draft: the first one (other specs may add theirs).
  const drafts = await (await page.request.get('/api/invoices?where[status][equals]=draft&sort=id&limit=1')).json()
  expect(drafts.totalDocs).toBeGreaterThanOrEqual(1)
  const draft = drafts.docs[0]
  await page.goto(`/admin/collections/invoices/${draft.id}`)
  const actions = page.locator('[data-invoice-actions]')
  await expect(actions).toBeVisible()
  await actions.getByRole('button', { name: 'Issue invoice', exact: true }).click()
  await expect(
    page.locator('[data-sonner-toast]').filter({ hasText: /Invoice INV-\d{4}-\d{5} is issued\./ }),
  ).toBeVisible()
  await expect(actions.getByRole('button', { name: 'Create credit note' })).toBeVisible()
  const pdfHref = await actions.getByRole('link', { name: 'Download PDF' }).getAttribute('href')
  const pdf = await page.request.get(pdfHref!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')

  await page.goto('/admin/collections/vendor-invoice-settings')
  await expect(page.getByText('Moselle Wines S.à r.l.')).toBeVisible()
})

test('a vendor without invoicing does not see invoices in its admin', async ({ page }) => {
  await login(page, 'owner@luxcraft.lu')
  await expect(page.locator('nav.nav__wrap')).toContainText('Products')
  await expect(page.locator('nav.nav__wrap')).not.toContainText('Customer invoices')
})

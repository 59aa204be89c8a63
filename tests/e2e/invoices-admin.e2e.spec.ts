import { expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

import { withE2eDatabase } from './serverState'

/** Amounts as French shows them: "76,50 €" with a (narrow) no-break space before the euro sign. */
const euros = (amount: string) => new RegExp(`^${amount.replace(/ /g, '[\\s\\u00a0\\u202f]')}[\\s\\u00a0\\u202f]€$`)

async function signIn(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

async function chooseLanguage(page: Page, name: string) {
  await page.goto('/admin/account')
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: name }).click()
}

async function chooseCountry(page: Page, path: string, typed: string, name: string) {
  const field = page.locator(`#field-${path}`)
  await field.locator('.rs__control').click()
  await page.keyboard.type(typed)
  await page.locator('.rs__option', { hasText: name }).first().click()
  await expect(field).toContainText(name)
}

const toast = (page: Page) => page.locator('[data-sonner-toast]')

test('a vendor owner creates, saves and issues an invoice in French, typing euros, then credits it', async ({
  browser,
}) => {
  // A long walk (draft, issue, credit note, duplicate, list, settings): on a loaded machine it needs more than 2 min.
  test.setTimeout(300_000)
  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage()
  await signIn(page, 'owner@moselle-wines.lu')
  await chooseLanguage(page, 'Français')
  await expect(page.locator('#nav-invoices')).toHaveText('Factures clients')

  await page.goto('/admin/collections/invoices/create')
  // The customer's language starts as the shop's (its settings), here the admin's: French.
  await expect(page.locator('#field-customer__locale')).toContainText('Français')
  await page.locator('#field-customer__name').fill('Épicerie Muller')
  await page.locator('#field-customer__email').fill('contact@epicerie-muller.lu')
  await page.locator('#field-customer__address__street').fill('3 rue de la Gare')
  await page.locator('#field-customer__address__postalCode').fill('L-1611')
  await page.locator('#field-customer__address__city').fill('Luxembourg')
  await chooseCountry(page, 'customer__address__country', 'Luxem', 'Luxembourg')

  const lines = page.locator('#field-lines')
  await lines.getByRole('button', { name: /Ajouter/ }).click()
  await lines.getByRole('button', { name: /Ajouter/ }).click()
  await page.locator('#field-lines__0__description').fill('Crémant de Luxembourg, brut')
  await page.locator('#field-lines__0__quantity').fill('2')
  await page.locator('#field-lines__0__unitPrice').fill('34,50')
  await page.locator('#field-lines__1__description').fill('Coffret cadeau')
  await page.locator('#field-lines__1__quantity').fill('1')
  await page.locator('#field-lines__1__unitPrice').fill('7.5')
  await page.locator('#field-lines__1__description').click()
  // Typed euros are shown back in the French format once the field is left.
  await expect(page.locator('#field-lines__1__unitPrice')).toHaveValue(euros('7,50'))
  await page.screenshot({ path: 'test-results/invoices-admin-1-new-draft.png', fullPage: true })

  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/invoices\/\d+$/)
  const id = Number(page.url().split('/').pop())
  await expect(toast(page).first()).toBeVisible()
  // Saved as cents, shown as euros: 2 × 34,50 + 7,50 = 76,50 HT, in the totals as read-only text.
  await expect(page.locator('#field-vatBreakdown__0__net')).toHaveValue(euros('76,50'))
  const totals = page.locator('[data-read-only-group="totals"]')
  await expect(totals.locator('[data-field="net"] dt')).toHaveText('HT')
  await expect(totals.locator('[data-field="net"] dd')).toHaveText(euros('76,50'))
  await expect(page.locator('[data-read-only-group="vies"]')).toContainText('Non contrôlé')
  await expect(page.locator('#field-lines__0__unitPrice')).toHaveValue(euros('34,50'))
  const saved = await (await page.request.get(`/api/invoices/${id}?depth=0`)).json()
  expect(saved.lines.map((line: { unitPrice: number }) => line.unitPrice)).toEqual([3450, 750])
  expect(saved.totals.net).toBe(7650)
  expect(saved.customer.address.country).toBe('LU')
  expect(saved.customer.locale).toBe('fr')
  await expect(page.locator('#field-vatBreakdown__0__vat')).toHaveValue(
    new RegExp(`^${(saved.totals.vat / 100).toFixed(2).replace('.', ',')}[\\s\\u00a0\\u202f]€$`),
  )
  const frenchCents = (cents: number) => euros((cents / 100).toFixed(2).replace('.', ','))
  await expect(totals.locator('[data-field="vat"] dd')).toHaveText(frenchCents(saved.totals.vat))
  await expect(totals.locator('[data-field="gross"] dd')).toHaveText(frenchCents(saved.totals.gross))
  await page.screenshot({ path: 'test-results/invoices-admin-2-saved-draft.png', fullPage: true })
  // A draft can be deleted and duplicated.
  await page.locator('.doc-controls__popup').click()
  await expect(page.locator('#action-delete')).toBeVisible()
  await expect(page.locator('#action-duplicate')).toBeVisible()
  await page.keyboard.press('Escape')

  const actions = page.locator('[data-invoice-actions]')
  await actions.getByRole('button', { name: 'Émettre la facture' }).click()
  await expect(toast(page).filter({ hasText: /La facture INV-\d{4}-\d{5} est émise\./ })).toBeVisible()
  // Issued: read-only, no Save, no "Add line", the notice, and the actions of an issued invoice.
  await expect(page.locator('[data-invoice-read-only]')).toBeVisible()
  await expect(page.locator('#action-save')).toHaveCount(0)
  await expect(lines.getByRole('button', { name: /Ajouter/ })).toHaveCount(0)
  await expect(page.locator('#field-customer__name')).toBeDisabled()
  await expect(page.locator('#field-lines__0__unitPrice')).toBeDisabled()
  await expect(actions.getByRole('button', { name: 'Créer un avoir' })).toBeVisible()
  await expect(actions.getByRole('link', { name: 'Télécharger le PDF' })).toBeVisible()
  await page.screenshot({ path: 'test-results/invoices-admin-3-issued.png', fullPage: true })
  // One band: every action button sits on the same row (none wraps below the others).
  const tops = await page
    .locator('.doc-controls__controls button:visible, .doc-controls__controls a:visible')
    .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)))
  expect(tops.length).toBeGreaterThan(1)
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12)

  // A VIES answer as issuing records it with VIES_CHECK=1 (this server asks no VIES: written into the row), read
  // back as text in French.
  await withE2eDatabase((client) =>
    client.query(
      `UPDATE invoices SET vies_status = 'valid', vies_checked_at = '2026-12-07T09:30:00Z', vies_vat_number = 'LU26375245',
         vies_name = 'ÉPICERIE MULLER SARL', vies_request_identifier = 'WAPIAAAAZ1' WHERE id = $1`,
      [id],
    ),
  )
  await page.reload()
  const vies = page.locator('[data-read-only-group="vies"]')
  await expect(vies.locator('[data-field="status"] dd')).toHaveText('Valide')
  await expect(vies.locator('[data-field="checkedAt"] dd')).toHaveText(/^7 décembre 2026.*10:30$/)
  await expect(vies.locator('[data-field="vatNumber"] dd')).toHaveText('LU26375245')
  await expect(vies.locator('[data-field="address"]')).toHaveCount(0)
  await vies.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/invoices-admin-3b-issued-totals-vies.png' })

  await page.locator('.doc-controls__popup').click()
  await expect(page.locator('#action-invoice-xml')).toHaveText('Télécharger le XML (UBL)')
  // Issued: no Delete (the server would answer 409); Duplicate makes a new draft (below).
  await expect(page.locator('#action-delete')).toHaveCount(0)
  await expect(page.locator('#action-duplicate')).toHaveText('Dupliquer')
  await page.screenshot({ path: 'test-results/invoices-admin-4-menu.png' })
  await page.keyboard.press('Escape')

  await actions.getByRole('button', { name: 'Créer un avoir' }).click()
  const modal = page.locator('.confirmation-modal')
  await expect(modal).toContainText('Créer un avoir qui annule entièrement cette facture')
  await page.screenshot({ path: 'test-results/invoices-admin-5-confirm-credit.png' })
  await modal.getByRole('button', { name: 'Créer un avoir' }).click()
  await expect(toast(page).filter({ hasText: /L’avoir CN-\d{4}-\d{5} est émis/ })).toBeVisible()
  await page.waitForURL((url) => /\/invoices\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${id}`))
  await expect(page.locator('#field-kind')).toContainText('Avoir')
  await expect(page.locator('#field-vatBreakdown__0__net')).toHaveValue(euros('-76,50'))
  await expect(totals.locator('[data-field="net"] dd')).toHaveText(euros('-76,50'))
  await page.screenshot({ path: 'test-results/invoices-admin-6-credit-note.png', fullPage: true })
  const creditNoteUrl = page.url()

  // The credit note: no Delete either. Duplicating it gives a new draft invoice with the prices positive.
  await page.locator('.doc-controls__popup').click()
  await expect(page.locator('#action-delete')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/invoices-admin-6b-credit-note-menu.png' })
  await page.locator('#action-duplicate').click()
  await page.waitForURL((url) => /\/invoices\/\d+$/.test(url.pathname) && url.href !== creditNoteUrl)
  await expect(page.locator('#field-kind')).toContainText('Facture')
  await expect(page.locator('#field-status')).toContainText('Brouillon')
  await expect(page.locator('#field-number')).toHaveValue('')
  await expect(page.locator('#field-lines__0__unitPrice')).toHaveValue(euros('34,50'))
  await expect(totals.locator('[data-field="net"] dd')).toHaveText(euros('76,50'))
  await expect(page.locator('[data-invoice-read-only]')).toHaveCount(0)
  await page.locator('.doc-controls__popup').click()
  await expect(page.locator('#action-delete')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.screenshot({ path: 'test-results/invoices-admin-6c-duplicate-draft.png', fullPage: true })

  await page.goto('/admin/collections/invoices')
  await expect(page.locator('table')).toContainText('Avoir')
  await page.screenshot({ path: 'test-results/invoices-admin-7-list.png', fullPage: true })

  await page.goto('/admin/collections/vendor-invoice-settings')
  await page.getByText('Moselle Wines S.à r.l.').click()
  await expect(page.locator('#field-address__country')).toContainText('Luxembourg')
  await expect(page.locator('#field-euDistanceSalesPreviousYear')).toHaveValue(euros('0,00'))
  await page.screenshot({ path: 'test-results/invoices-admin-8-settings.png', fullPage: true })

  // Leave the shared demo user as found: other specs sign in as them and read the admin in English.
  await chooseLanguage(page, 'English')
  await expect(page.locator('#nav-invoices')).toHaveText('Customer invoices')
  await page.context().close()
})

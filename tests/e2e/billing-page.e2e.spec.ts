import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { DEMO_PASSWORD, PLATFORM_ADMINS, superAdminCredentials } from '../../src/seed/demoAccounts'

import { withE2eDatabase } from './serverState'
import { signUpOwner } from './signUpOwner'

const PASSWORD = 'billing-page-2026'

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin$/)
}

// Wider than 1440 px: below that Payload closes the nav (and makes it inert) until the menu button opens it.
const newPage = async (browser: Browser, locale: string) =>
  (await browser.newContext({ locale, viewport: { width: 1600, height: 1000 } })).newPage()

const signUp = (page: Page, email: string, company: string) =>
  signUpOwner(page, email, PASSWORD, company, '3782 822463 10005')

/** A shop on OMS without a Stripe subscription yet (added by a super admin, on the trial the platform gives), and its owner. */
async function shopOnOms(request: APIRequestContext, name: string) {
  const login = await request.post('/api/users/login', { data: superAdminCredentials() })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const slug = name.toLowerCase().replace(/\W+/g, '-')
  const vendor = await request.post('/api/vendors', { headers, data: { name, slug } })
  expect(vendor.status(), await vendor.text()).toBe(201)
  const vendorId: number = (await vendor.json()).doc.id
  const oms = (await (await request.get('/api/platforms?where[code][equals]=oms', { headers })).json()).docs[0]
  expect(
    (await request.post('/api/vendor-platforms', { headers, data: { vendor: vendorId, platform: oms.id } })).status(),
  ).toBe(201)
  const email = `${slug}@example.lu`
  expect(
    (
      await request.post('/api/users', {
        headers,
        data: { email, password: PASSWORD, roles: ['vendor-owner'], vendors: [vendorId] },
      })
    ).status(),
  ).toBe(201)
  return { vendorId, slug, email }
}

test('a vendor owner opens Billing, previews the upgrade to Professional with its proration, confirms, and the limits grow', async ({
  browser,
}) => {
  const suffix = Date.now().toString(36)
  const email = `billing-${suffix}@example.lu`
  const page = await newPage(browser, 'en-GB')
  await signUp(page, email, `Billing ${suffix} SARL`)

  await page.locator('#nav-billing').click()
  await page.waitForURL(/\/admin\/billing$/)
  await expect(page.locator('h1')).toHaveText('Billing')
  const plan = page.locator('[data-billing="plan"]')
  await expect(plan.locator('[data-billing-plan]')).toContainText('Essential')
  await expect(plan.locator('[data-billing-status]')).toHaveText('Trialing')
  await expect(plan.locator('[data-billing-trial]')).toContainText(/(29|30) days left in the free trial/)
  const usage = page.locator('[data-billing="usage"]')
  await expect(usage.locator('[data-limit="products"]')).toContainText('0 / 100')
  await expect(usage.locator('[data-limit="teamMembers"]')).toContainText('1 / 1')
  await expect(page.locator('[data-add-on="extra-products"]')).toContainText('500 more products €15.00 / month')
  const cardOnFile = page.locator('[data-billing="payment-method"] [data-billing-card]')
  await expect(cardOnFile).toHaveText(/^American Express •••• 0005, expires 12\/20\d\d$/)
  await page.screenshot({ path: 'test-results/billing-1-owner.png', fullPage: true })

  // The change is priced by Stripe before it is confirmed.
  await page.getByRole('button', { name: 'See the price: Professional' }).click()
  const preview = page.locator('[data-billing-preview="professional"]')
  await expect(preview.locator('[data-billing-preview-total]')).toContainText(/Due .*€\d+\.\d\d/)
  await page.screenshot({ path: 'test-results/billing-2-preview.png', fullPage: true })
  await preview.getByRole('button', { name: 'Confirm the change' }).click()
  await expect(page.locator('[data-billing-notice]')).toHaveText('Your plan is now Professional.')
  await expect(plan.locator('[data-billing-plan]')).toContainText('Professional')
  await expect(usage.locator('[data-limit="products"]')).toContainText('0 / 1,000')
  await expect(usage.locator('[data-limit="teamMembers"]')).toContainText('1 / 3')
  await expect(page.locator('[data-tier="professional"]')).toContainText('Current plan')
  await page.screenshot({ path: 'test-results/billing-3-upgraded.png', fullPage: true })

  // A new card, confirmed by Stripe.js (the stand-in's) and handed back to the server; a declined one first.
  await page.getByRole('button', { name: 'Replace card' }).click()
  const card = page.locator('[data-billing="payment-method"] [data-stripe-stand-in="card"]')
  await card.fill('4000 0000 0000 0002')
  await page.getByRole('button', { name: 'Save card' }).click()
  await expect(page.locator('[data-billing="payment-method"] [role="alert"]')).toHaveText(
    'Your card was declined. Try another card.',
  )
  await card.fill('5555 5555 5555 4444')
  await page.getByRole('button', { name: 'Save card' }).click()
  await expect(page.locator('[data-billing-notice]')).toHaveText('Your new card is saved: it pays the next invoices.')
  await expect(cardOnFile).toHaveText(/^Mastercard •••• 4444, expires 12\/20\d\d$/)

  // A team member (the new plan has room for one) reads the page but changes nothing.
  const subscription = await page.request.get('/api/billing/subscription')
  expect(subscription.status()).toBe(200)
  const vendorId = (await subscription.json()).vendor.id
  const memberEmail = `member-${suffix}@example.lu`
  const member = await page.request.post('/api/users', {
    data: { email: memberEmail, password: PASSWORD, roles: ['vendor-member'], vendors: [vendorId] },
  })
  expect(member.status(), await member.text()).toBe(201)
  await page.context().close()

  const memberPage = await newPage(browser, 'en-GB')
  await signIn(memberPage, memberEmail)
  await memberPage.locator('#nav-billing').click()
  await expect(memberPage.locator('[data-billing-plan]')).toContainText('Professional')
  await expect(memberPage.getByText("Only the shop's owner can change the plan")).toBeVisible()
  await expect(memberPage.getByRole('button', { name: /See the price/ })).toHaveCount(0)
  await expect(memberPage.getByRole('button', { name: /Add:|Remove:/ })).toHaveCount(0)
  await expect(memberPage.getByRole('button', { name: 'Cancel subscription' })).toHaveCount(0)
  await memberPage.screenshot({ path: 'test-results/billing-4-member.png', fullPage: true })
  await memberPage.context().close()
})

test('the billing page speaks French in a French admin; admins reach a shop’s billing from its record; signed-out visitors go to the login', async ({
  browser,
  request,
}) => {
  const suffix = Date.now().toString(36)
  const { vendorId, email } = await shopOnOms(request, `Boulangerie ${suffix}`)

  const page = await newPage(browser, 'fr-LU')
  await signIn(page, email)
  await expect(page.locator('#nav-billing')).toHaveText('Facturation')
  await page.locator('#nav-billing').click()
  await expect(page.locator('h1')).toHaveText('Facturation')
  await expect(page.locator('[data-billing="plan"] h2')).toHaveText('Formule')
  await expect(page.locator('[data-billing="usage"] h2')).toHaveText('Utilisation')
  await expect(page.locator('[data-billing="usage"] [data-limit="products"]')).toContainText('Produits')
  await expect(page.locator('[data-billing="change-plan"] h2')).toHaveText('Changer de formule')
  await expect(page.locator('[data-tier="professional"]')).toContainText('79,00 € / mois')
  await expect(page.locator('[data-billing="add-ons"] h2')).toHaveText('Options')
  await expect(page.locator('[data-add-on="extra-products"]')).toContainText('500 produits de plus 15,00 € / mois')
  await expect(page.locator('[data-billing="subscription-invoices"] h2')).toHaveText('Factures d’abonnement')
  await expect(page.locator('[data-billing="payment-method"] [data-billing-card]')).toHaveText(
    'Aucune carte enregistrée',
  )
  // Not billed on Stripe (no subscription there): none of the changes the server refuses with 409, one line saying why.
  await expect(page.locator('[data-billing-changes-refused="not_billed_online"]')).toHaveText(
    'Cet abonnement n’est pas facturé en ligne : nous le gérons pour vous. Contactez-nous pour changer de formule, d’options ou de carte, ou pour le résilier.',
  )
  await expect(page.getByRole('button', { name: /Voir le prix/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^(Ajouter|Retirer)/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Remplacer la carte' })).toHaveCount(0)
  await expect(page.locator('[data-billing="cancel"]')).toHaveCount(0)
  // What it only reads stays.
  await expect(page.locator('[data-billing-status]')).toHaveText('Période d’essai')
  await expect(page.locator('[data-billing="usage"] [data-limit="products"]')).toBeVisible()
  await expect(page.locator('[data-billing="subscription-invoices"]')).toContainText('Aucune facture')
  await page.screenshot({ path: 'test-results/billing-5-french.png', fullPage: true })
  await page.context().close()

  // The OMS platform admin opens the shop's record and follows its billing link: the same page, read only.
  const admin = await newPage(browser, 'en-GB')
  await signIn(admin, PLATFORM_ADMINS[0].email, DEMO_PASSWORD)
  await expect(admin.locator('#nav-billing')).toHaveCount(0)
  await admin.goto(`/admin/collections/vendors/${vendorId}`)
  await admin.locator('#vendor-billing-link').click()
  await admin.waitForURL(new RegExp(`/admin/billing\\?vendor=boulangerie-${suffix}$`))
  await expect(
    admin.getByText(`You are viewing the billing of Boulangerie ${suffix} as an administrator`),
  ).toBeVisible()
  await expect(admin.locator('[data-billing="usage"]')).toBeVisible()
  await expect(admin.getByRole('button', { name: /See the price/ })).toHaveCount(0)
  await expect(admin.getByRole('button', { name: 'Cancel subscription' })).toHaveCount(0)
  await admin.screenshot({ path: 'test-results/billing-6-platform-admin.png', fullPage: true })
  await admin.context().close()

  // Signed out: to the login, and back to the page afterwards (the view redirects while the admin streams, so in the browser).
  const signedOut = await newPage(browser, 'en-GB')
  await signedOut.goto(`/admin/billing?vendor=boulangerie-${suffix}`)
  await signedOut.waitForURL(/\/admin\/login/)
  expect(new URL(signedOut.url()).searchParams.get('redirect')).toBe(`/admin/billing?vendor=boulangerie-${suffix}`)
  await signedOut.locator('#field-email').fill(email)
  await signedOut.locator('#field-password').fill(PASSWORD)
  await signedOut.locator('button[type="submit"]').click()
  await signedOut.waitForURL(new RegExp(`/admin/billing\\?vendor=boulangerie-${suffix}$`))
  await expect(signedOut.locator('[data-billing="usage"]')).toBeVisible()

  // Ended (the row as the sync leaves a canceled subscription): read only, nothing to change, and why.
  await withE2eDatabase((db) =>
    db.query("UPDATE vendor_subscriptions SET status = 'canceled' WHERE vendor_id = $1", [vendorId]),
  )
  await signedOut.reload()
  await expect(signedOut.locator('[data-billing-status]')).toHaveText('Canceled')
  await expect(signedOut.getByText("This subscription is canceled: the shop's data is read-only.")).toBeVisible()
  await expect(signedOut.locator('[data-billing-changes-refused="ended"]')).toHaveText(
    'An ended subscription can no longer be changed here: contact us to start again.',
  )
  await expect(
    signedOut.getByRole('button', {
      name: /See the price|^Add|^Remove|Replace card|Cancel subscription|Resume subscription/,
    }),
  ).toHaveCount(0)
  await signedOut.screenshot({ path: 'test-results/billing-9-ended.png', fullPage: true })
  await signedOut.context().close()
})

test('a shop whose payment failed sees the dunning banner on every admin page, with the days left, until it is paid', async ({
  browser,
  request,
}) => {
  const { vendorId, email } = await shopOnOms(request, `Fromagerie ${Date.now().toString(36)}`)
  /** Sets the shop's subscription row as the webhooks and the dunning run leave it; answers the end of the grace period. */
  const setSubscription = (assignments: string) =>
    withE2eDatabase(async (db) => {
      const { rows } = await db.query(
        `UPDATE vendor_subscriptions SET ${assignments} WHERE vendor_id = $1 RETURNING dunning_grace_ends_at`,
        [vendorId],
      )
      expect(rows).toHaveLength(1)
      return rows[0].dunning_grace_ends_at as Date | null
    })
  const page = await newPage(browser, 'en-GB')
  await signIn(page, email)
  /** Opens an admin page once its banner has asked for the subscription, so an absent banner is really absent. */
  const open = async (path: string) => {
    const asked = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/billing/subscription')
    await page.goto(path)
    await asked
  }
  const banner = page.locator('[data-dunning-banner]')
  await open('/admin/collections/products')
  await expect(page.locator('h1')).toContainText('Products')
  await expect(banner).toHaveCount(0)

  // The first failure of a payment two days ago (Stripe: past_due; our run: one reminder sent), 14 days of grace.
  const graceEndsAt = await setSubscription(
    "status = 'past_due', dunning_since = now() - interval '2 days', dunning_grace_ends_at = now() + interval '12 days', dunning_reminders_sent = 1, dunning_read_only = false",
  )
  await open('/admin/collections/products')
  await expect(banner.locator('[data-dunning]')).toHaveAttribute('data-dunning', '12')
  const by = new Intl.DateTimeFormat('en-IE', { dateStyle: 'long' }).format(graceEndsAt!)
  await expect(banner).toContainText(
    `Your last payment failed. Update your card within 12 days (by ${by}), or your shop becomes read-only.`,
  )
  await page.screenshot({ path: 'test-results/billing-7-dunning.png', fullPage: true })
  await open('/admin')
  await expect(banner).toContainText('within 12 days')
  await banner.getByRole('link', { name: 'Go to billing' }).click()
  await page.waitForURL(/\/admin\/billing$/)
  // The billing page shows its own notice, not the header's.
  await expect(page.locator('[data-billing-page] [data-dunning="12"]')).toBeVisible()
  await expect(banner).toHaveCount(0)

  // The grace period over: read-only until the card is updated.
  await setSubscription("dunning_grace_ends_at = now() - interval '1 hour', dunning_read_only = true")
  await open('/admin/collections/products')
  await expect(banner.locator('[data-dunning]')).toHaveAttribute('data-dunning', 'read-only')
  await expect(banner).toContainText('your shop is read-only. Update your card to restore it.')

  // Paid (invoice.paid): active again, the episode over, the banner gone.
  await setSubscription(
    "status = 'active', dunning_since = NULL, dunning_grace_ends_at = NULL, dunning_reminders_sent = 0, dunning_read_only = false",
  )
  await open('/admin/collections/products')
  await expect(banner).toHaveCount(0)
  await page.screenshot({ path: 'test-results/billing-8-paid.png', fullPage: true })
  await page.context().close()
})

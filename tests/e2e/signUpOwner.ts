import type { Page } from '@playwright/test'

/**
 * A vendor as the signup wizard leaves it: Essential, monthly, on a trial, with a subscription and a card at the
 * Stripe stand-in; its owner signed in on the admin's dashboard. The wizard is walked in English whatever the browser's
 * language, so the admin still follows the browser's. A card gets one free trial per platform (docs/signup.md): each
 * signup of the run that needs a trial types another of Stripe's test cards.
 */
export async function signUpOwner(page: Page, email: string, password: string, company: string, card: string) {
  await page.goto('/platforms/oms/signup?tier=essential&billingPeriod=monthly&locale=en')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Skip this step' }).click()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByLabel('Company name').fill(company)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('[data-stripe-stand-in="card"]').fill(card)
  await page.getByRole('button', { name: 'Start my free trial' }).click()
  await page.waitForURL(/\/admin$/)
}

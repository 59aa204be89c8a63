import type { Page } from '@playwright/test'

/**
 * A vendor as the signup wizard leaves it: Essential, monthly, on a trial, with a subscription and a card at the
 * Stripe stand-in; its owner signed in on the admin's dashboard. The wizard is walked in English whatever the browser's
 * language, so the admin still follows the browser's.
 */
export async function signUpOwner(page: Page, email: string, password: string, company: string) {
  await page.goto('/platforms/oms/signup?tier=essential&billingPeriod=monthly&locale=en')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Skip this step' }).click()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByLabel('Company name').fill(company)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.locator('[data-stripe-stand-in="card"]').fill('4242 4242 4242 4242')
  await page.getByRole('button', { name: 'Start my free trial' }).click()
  await page.waitForURL(/\/admin$/)
}

import { expect, type Page, test } from '@playwright/test'

const heading = (page: Page) => page.locator('#wizard-heading')

test('Back and Forward move between the wizard’s steps; after the signup, Back shows it finished, not a new signup', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
  await page.goto('/platforms/oms/signup?tier=essential&billingPeriod=monthly&locale=en')
  await expect(heading(page)).toHaveText('Choose your plan')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(heading(page)).toHaveText('Find your Letzshop shop')
  await expect(page).toHaveURL(/[?&]step=shop$/)
  await page.getByRole('button', { name: 'Skip this step' }).click()
  await expect(heading(page)).toHaveText('Your account')

  // Each step is a history entry; focus lands on the step's heading. Steps this page has shown need no server read.
  const sessionReads: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/signup/session')) sessionReads.push(request.url())
  })
  await page.goBack()
  await expect(heading(page)).toHaveText('Find your Letzshop shop')
  await expect(heading(page)).toBeFocused()
  await page.goBack()
  await expect(heading(page)).toHaveText('Choose your plan')
  await expect(page.getByRole('radio', { name: /Essential/ })).toBeChecked()
  await page.goForward()
  await expect(heading(page)).toHaveText('Find your Letzshop shop')
  await page.goForward()
  await expect(heading(page)).toHaveText('Your account')
  await expect(heading(page)).toBeFocused()
  expect(sessionReads).toEqual([])

  // A server too busy to read the session (429) on a reload keeps the signup: the visitor is told, and asking again
  // resumes it where it was.
  await page.route(
    '**/api/platform/signup/session*',
    (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Too many signup requests: try again in 3 minutes.' }] }),
      }),
    { times: 1 },
  )
  await page.reload()
  await expect(page.locator('.wizard__loading [role="alert"]')).toHaveText(
    'Too many signup requests: try again in 3 minutes.',
  )
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(heading(page)).toHaveText('Your account')

  // A step the server has not reached (no account yet) lands on the furthest one it allows.
  await page.goto(page.url().replace('step=account', 'step=card'))
  await expect(heading(page)).toHaveText('Your account')
  await expect(page).toHaveURL(/[?&]step=account$/)

  await page.getByLabel('Email').fill(`history-${Date.now()}@example.lu`)
  await page.getByLabel('Password').fill('history-2026-password')
  await page.getByLabel('Company name').fill('Back and Forth SARL')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(heading(page)).toHaveText('Your card')
  await page.goBack()
  await expect(heading(page)).toHaveText('Your account')
  await expect(page.getByLabel('Email')).toHaveValue(/^history-/)
  await page.goForward()
  await expect(heading(page)).toHaveText('Your card')

  // One trial per card: no other spec signs up with this one.
  await page.locator('[data-stripe-stand-in="card"]').fill('6011 1111 1111 1117')
  await page.getByRole('button', { name: 'Start my free trial' }).click()
  await page.waitForURL(/\/admin$/)

  // Back from the admin, a reload, or the signup page opened again: the signup is finished, not offered afresh.
  const finished = async () => {
    await expect(heading(page)).toHaveText('You are signed up')
    await expect(page.getByRole('link', { name: 'Open your admin' })).toHaveAttribute('href', '/admin')
    await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0)
  }
  await page.goBack()
  await finished()
  await page.screenshot({ path: 'test-results/signup-history-finished.png', fullPage: true })
  await page.reload()
  await finished()
  await page.goto('/platforms/oms/signup?tier=business&billingPeriod=monthly&locale=en')
  await finished()

  // Starting again is an explicit choice.
  await page.getByRole('button', { name: 'Sign up another shop' }).click()
  await expect(heading(page)).toHaveText('Choose your plan')
  await expect(heading(page)).toBeFocused()
  await page.getByRole('link', { name: 'Open your admin' }).waitFor({ state: 'detached' })
  await page.context().close()
})

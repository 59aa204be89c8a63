import fs from 'node:fs'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

import { e2eServerLogFile } from './serverState'

type LogLine = { level: number; msg?: string; err?: { message?: string } }

/** The JSON log lines the server wrote after `offset` bytes of its log. */
function logLinesSince(offset: number): LogLine[] {
  return fs
    .readFileSync(e2eServerLogFile())
    .subarray(offset)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
}

// Payload picks the log level of an error by its class name (payload.config.ts: `loggingLevels`, and Payload's own
// for Forbidden, NotFound, ...). A build that mangles class names turned every refused request into an error-level
// line with a stack trace: `npm run build` keeps the names (--no-mangling).
test('the production build logs refused requests at info, without a stack trace', async ({ request }) => {
  const offset = fs.statSync(e2eServerLogFile()).size

  const ours = await request.post('/api/vendor/invoices/1/issue')
  expect(ours.status()).toBe(401)
  const payloads = await request.get('/api/users')
  expect(payloads.status()).toBe(403)

  const messages = ['Sign in to work with invoices.', 'You are not allowed to perform this action.']
  await expect
    .poll(() => logLinesSince(offset).filter((line) => messages.includes(line.msg ?? line.err?.message ?? '')).length)
    .toBe(2)
  for (const line of logLinesSince(offset).filter((entry) =>
    messages.includes(entry.msg ?? entry.err?.message ?? ''),
  )) {
    expect(line.level, JSON.stringify(line).slice(0, 200)).toBe(30)
    expect(line.err).toBeUndefined()
  }
})

/** A demo owner's headers, answered in French. */
async function frenchOwner(request: APIRequestContext, email: string) {
  const login = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  const { token, user } = await login.json()
  return {
    headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'fr' },
    vendorId: user.vendors[0] as number | { id: number },
  }
}

// The refusals services throw (src/services/errors.ts) are answered by one afterError hook: class identity and names
// must survive the production build for their status, message and log level to be right.
test('the production build answers a service refusal with its status, its message in French and its data, logged at info', async ({
  request,
}) => {
  const offset = fs.statSync(e2eServerLogFile()).size

  // A custom endpoint: the demo shop is not billed on Stripe, so a plan change conflicts.
  const moselle = await frenchOwner(request, 'owner@moselle-wines.lu')
  const change = await request.post('/api/billing/change-tier', {
    headers: moselle.headers,
    data: { tier: 'essential' },
  })
  expect(change.status()).toBe(409)
  expect(await change.json()).toEqual({
    errors: [{ message: 'Cet abonnement n’est pas facturé en ligne : contactez-nous pour le modifier.' }],
  })

  // A collection hook: a custom page on the Essential plan is a limit reached, flagged for the upgrade offer.
  const luxcraft = await frenchOwner(request, 'owner@luxcraft.lu')
  const oms = (
    await (await request.get('/api/platforms?where[code][equals]=oms', { headers: luxcraft.headers })).json()
  ).docs[0]
  const vendor = typeof luxcraft.vendorId === 'object' ? luxcraft.vendorId.id : luxcraft.vendorId
  const page = await request.post('/api/content-pages', {
    headers: luxcraft.headers,
    data: { platform: oms.id, vendor, slug: 'notre-atelier', title: 'Notre atelier' },
  })
  expect(page.status()).toBe(403)
  const [refusal] = (await page.json()).errors
  expect(refusal).toMatchObject({ name: 'APIError', data: { limit: true } })
  expect(refusal.message).toMatch(
    /^Les pages personnalisées ne sont pas incluses dans votre formule Essential : « notre-atelier » n’est pas l’une des pages par défaut de la plateforme\. Utilisez l’une de celles-ci : .+\. Passez à une formule supérieure/,
  )

  // A service's refusal logs its English text; a hook's has been answered in the caller's language (refusalsInHooks).
  const logged = [
    'This subscription is not billed online: contact us to change it.',
    'Les pages personnalisées ne sont pas incluses dans votre formule Essential',
  ]
  const refused = () =>
    logLinesSince(offset).filter((line) =>
      logged.some((text) => (line.msg ?? line.err?.message ?? '').startsWith(text)),
    )
  await expect.poll(() => refused().length).toBe(2)
  for (const line of refused()) {
    expect(line.level, JSON.stringify(line).slice(0, 200)).toBe(30)
    expect(line.err).toBeUndefined()
  }
})

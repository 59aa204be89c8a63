import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from '../../src/seed/demoAccounts'

// The production build behind `next start`: src/proxy.ts gives content pages their version and answers 304 itself.
const PUBLIC = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'
const PRIVATE = 'private, no-cache'
// The language in the URL: a page a CDN may keep.
const STOREFRONT = '/platforms/oms/vendors/moselle-wines/shipping?locale=en'
const MARKETING = '/platforms/oms/about?locale=en'

const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(path, { headers: { 'Accept-Language': 'en', ...headers }, maxRedirects: 0 })

function expectCacheable(response: APIResponse, cacheControl = PUBLIC): string {
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['cache-control']).toBe(cacheControl)
  expect(headers['etag']).toMatch(/^W\/"[\w-]+"$/)
  expect(headers['content-type']).toContain('text/html')
  return headers['etag']
}

function expectNotStored(response: APIResponse, status: number): void {
  expect(response.status()).toBe(status)
  expect(response.headers()['cache-control']).toContain('no-store')
  expect(response.headers()['cache-control']).not.toContain('public')
  expect(response.headers()['etag']).toBeUndefined()
}

for (const [what, path] of [
  ['a storefront page', STOREFRONT],
  ['a marketing page', MARKETING],
]) {
  test(`${what} answers its version and a public Cache-Control, and 304 without a body to its ETag`, async ({
    request,
  }) => {
    const first = await get(request, path)
    const etag = expectCacheable(first)
    expect(await first.text()).toContain('<html')

    const again = await get(request, path, { 'If-None-Match': etag })
    expect(again.status()).toBe(304)
    expect(again.headers()['etag']).toBe(etag)
    expect(again.headers()['cache-control']).toBe(PUBLIC)
    expect(again.headers()['content-security-policy']).toBeTruthy()
    expect((await again.body()).length).toBe(0)

    const other = await get(request, path, { 'If-None-Match': 'W/"something-else"' })
    expect(expectCacheable(other)).toBe(etag)
  })
}

test('another language is another version', async ({ request }) => {
  const english = expectCacheable(await get(request, MARKETING))
  const french = await get(request, '/platforms/oms/about?locale=fr')
  const frenchTag = expectCacheable(french)
  expect(frenchTag).not.toBe(english)
  expect(await french.text()).toContain('lang="fr"')
  expect((await get(request, '/platforms/oms/about?locale=fr', { 'If-None-Match': english })).status()).toBe(200)
  expect((await get(request, '/platforms/oms/about?locale=fr', { 'If-None-Match': frenchTag })).status()).toBe(304)
})

test('a page in the language of Accept-Language is for the browser only (Next replaces a Vary)', async ({
  request,
}) => {
  const page = await get(request, '/platforms/oms/about', { 'Accept-Language': 'fr-LU' })
  const etag = expectCacheable(page, PRIVATE)
  expect(await page.text()).toContain('lang="fr"')
  expect(page.headers()['vary']).not.toContain('Accept-Language')
  const again = await get(request, '/platforms/oms/about', { 'Accept-Language': 'fr-LU', 'If-None-Match': etag })
  expect(again.status()).toBe(304)
  expect(again.headers()['cache-control']).toBe(PRIVATE)
  const english = await get(request, '/platforms/oms/about', { 'Accept-Language': 'en', 'If-None-Match': etag })
  expect(expectCacheable(english, PRIVATE)).not.toBe(etag)
})

test('after the owner publishes an edit, the old ETag gets the new page', async ({ request }) => {
  const before = expectCacheable(await get(request, STOREFRONT))
  const login = await request.post('/api/users/login', {
    data: { email: 'owner@moselle-wines.lu', password: DEMO_PASSWORD },
  })
  expect(login.status()).toBe(200)
  const { token, user } = await login.json()
  const auth = { Authorization: `JWT ${token}` }
  const vendor = typeof user.vendors[0] === 'object' ? user.vendors[0].id : user.vendors[0]
  const found = await request.get(
    `/api/content-pages?where[slug][equals]=shipping&where[vendor][equals]=${vendor}&depth=0`,
    { headers: auth },
  )
  const [page] = (await found.json()).docs
  // Only the page's own text: its menus (which list its title) stay as they were.
  const description = `Bottles travel in protective boxes (${Date.now()}).`
  const edit = await request.patch(`/api/content-pages/${page.id}`, {
    headers: auth,
    data: { meta: { description }, _status: 'published' },
  })
  expect(edit.status(), await edit.text()).toBe(200)

  // The read cache drops the page when PostgreSQL's notification of the commit arrives (milliseconds).
  let after = before
  await expect
    .poll(async () => (after = (await get(request, STOREFRONT)).headers()['etag']), { timeout: 5_000 })
    .not.toBe(before)
  const revalidated = await get(request, STOREFRONT, { 'If-None-Match': before })
  expect(expectCacheable(revalidated)).toBe(after)
  expect(await revalidated.text()).toContain(description)
  expect((await get(request, STOREFRONT, { 'If-None-Match': after })).status()).toBe(304)
})

test('the signup wizard and a missing page are never stored', async ({ request }) => {
  expectNotStored(await get(request, '/platforms/oms/signup?locale=en'), 200)
  expectNotStored(await get(request, '/platforms/oms/no-such-page?locale=en'), 404)
  expectNotStored(await get(request, '/platforms/oms/vendors/moselle-wines/no-such-page?locale=en'), 404)
})

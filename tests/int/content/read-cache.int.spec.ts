import fc from 'fast-check'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ContentPage, Platform, Vendor } from '@/payload-types'
import { readNavigation, readResolvedPage } from '@/services/content/cache/cachedContent'
import { contentCache } from '@/services/content/cache/contentCache'
import { LISTENER_APPLICATION_NAME } from '@/services/content/cache/invalidationListener'
import { contentNavigation } from '@/services/content/contentNavigation'
import type { ContentScope } from '@/services/content/contentScope'
import { resolveContentPage } from '@/services/content/resolveContentPage'
import type { Locale } from '@/services/locales'

import { type AppInstance, startAppInstance } from '../../helpers/appInstance'
import { contentCacheCaughtUp, holdNotifications } from '../../helpers/contentCache'
import { createPage, createPlatform, createVendor, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

/*
 * The instance of this test process is "A"; `b` is a second app instance (own process, Payload and pools) on the
 * same database. Each waits for the invalidations committed so far (caughtUp) where a test reads right after a
 * write: the guarantee is no stale answer once the write's notification has arrived, and the notification is sent
 * by the commit.
 */
let payload: Payload
let b: AppInstance
let platform: Platform
let vendor: Vendor

beforeAll(async () => {
  payload = await testPayload()
  b = await startAppInstance()
  ;({ platform } = await createPlatform(payload))
  vendor = await createVendor(payload, [{ platform }])
})

afterAll(async () => {
  await b?.close()
})

async function getOn(baseUrl: string, path: string) {
  const response = await fetch(`${baseUrl}${path}`)
  return { status: response.status, body: await response.json(), cache: response.headers.get('x-content-cache') }
}

const onB = (path: string) => getOn(b.url, path)

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`gave up waiting: ${what}`)
}

/** Reads until B serves from memory (its listener is up and the entry is filled). */
const warm = (path: string) =>
  until(
    () => onB(path),
    (answer) => answer.cache === 'hit',
    `a cache hit on ${path}`,
  )
const warmOnA = (path: string) =>
  until(
    () => rest('GET', path),
    (answer) => answer.headers.get('x-content-cache') === 'hit',
    `a hit on A`,
  )

describe('two instances on one database', () => {
  it('serves an edit published on A from B on the next request, and from A', async () => {
    const page = await createPage(payload, { platform, vendor, slug: `p${uid()}`, title: 'First' })
    const path = `/api/content-pages/resolve?platform=${platform.code}&vendor=${vendor.slug}&slug=${page.slug}`
    expect((await warm(path)).body.page.title).toBe('First')
    await warmOnA(path)

    await payload.update({ collection: 'content-pages', id: page.id, data: { title: 'Second', _status: 'published' } })
    await Promise.all([b.caughtUp(), contentCacheCaughtUp(payload)])
    const onBAfter = await onB(path)
    expect(onBAfter.body.page.title).toBe('Second')
    expect(onBAfter.cache).toBe('miss')
    expect((await rest('GET', path)).body.page.title).toBe('Second')
  })

  it("answers the writer's next request on its own instance with the write, however late the notification", async () => {
    const page = await createPage(payload, { platform, vendor, slug: `p${uid()}`, title: 'Old' })
    const path = `/api/content-pages/resolve?platform=${platform.code}&vendor=${vendor.slug}&slug=${page.slug}`
    await warmOnA(path)

    const resume = holdNotifications(payload)
    setTimeout(resume, 300)
    await payload.update({ collection: 'content-pages', id: page.id, data: { title: 'New', _status: 'published' } })
    const next = await rest('GET', path)
    expect(next.body.page.title).toBe('New')
    expect(next.headers.get('x-content-cache')).toBe('miss')
  })

  it('invalidates nothing for an edit that is rolled back', async () => {
    const page = await createPage(payload, { platform, vendor, slug: `p${uid()}`, title: 'Kept' })
    const path = `/api/content-pages/resolve?platform=${platform.code}&vendor=${vendor.slug}&slug=${page.slug}`
    await warm(path)

    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'content-pages', id: page.id, data: { title: 'Gone' }, req })
    await killTransaction(req)

    await b.caughtUp()
    const after = await onB(path)
    expect(after.body.page.title).toBe('Kept')
    expect(after.cache).toBe('hit')
  })

  it('drops its cache and reads the database while its listening connection is lost, then recovers', async () => {
    const page = await createPage(payload, { platform, vendor, slug: `p${uid()}`, title: 'Before' })
    const path = `/api/content-pages/resolve?platform=${platform.code}&vendor=${vendor.slug}&slug=${page.slug}`
    await warm(path)

    await payload.db.drizzle.execute(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = '${LISTENER_APPLICATION_NAME}' AND datname = current_database()`,
    )
    await until(
      () => onB(path),
      (answer) => answer.cache === 'bypass',
      'B to notice the lost connection',
    )

    // No notification can reach B now: it must read the database.
    await payload.update({ collection: 'content-pages', id: page.id, data: { title: 'During', _status: 'published' } })
    const during = await onB(path)
    expect(during.body.page.title).toBe('During')
    // From the database: while not listening (bypass), or listening again and filled afresh (miss), never a hit.
    expect(['bypass', 'miss']).toContain(during.cache)

    const recovered = await warm(path)
    expect(recovered.body.page.title).toBe('During')
  })

  it('keeps answering reads through a storm of notifications (a bulk edit of 10,000 pages)', async () => {
    const page = await createPage(payload, { platform, vendor, slug: `p${uid()}`, title: 'Storm' })
    const path = `/api/content-pages/resolve?platform=${platform.code}&vendor=${vendor.slug}&slug=${page.slug}`
    await warm(path)
    await payload.db.drizzle.execute(
      `SELECT pg_notify('content_cache', 'page:0:bulk-' || n || ' nav:0') FROM generate_series(1, 10000) n`,
    )
    const reads = await Promise.all(Array.from({ length: 20 }, () => onB(path)))
    expect(reads.every((read) => read.body.page.title === 'Storm')).toBe(true)
    await b.caughtUp()
    expect((await onB(path)).cache).toBe('hit') // tags of other pages left this one alone
  })
})

describe('every kind of write invalidates what it should', () => {
  const SLUGS = ['about', 'home'] as const
  const LOCALES_READ: Locale[] = ['en', 'fr']
  type Tier = 'override0' | 'override1' | 'default' | 'platform'

  type World = { platform: Platform; vendors: Vendor[]; slugs: string[][]; domain: string }

  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('page' as const),
      tier: fc.constantFrom<Tier>('override0', 'override1', 'default', 'platform'),
      slug: fc.constantFrom(...SLUGS),
      locale: fc.constantFrom<Locale>('en', 'fr'),
      title: fc.constantFrom('T1', 'T2', 'T3'),
      status: fc.constantFrom('published', 'published', 'draft') as fc.Arbitrary<'published' | 'draft'>,
      showInHeader: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('deletePage' as const),
      tier: fc.constantFrom<Tier>('override0', 'override1', 'default', 'platform'),
      slug: fc.constantFrom(...SLUGS),
    }),
    // One language of a page removed by hand (SQL): another tier may now serve that language.
    fc.record({
      kind: fc.constant('dropLocale' as const),
      tier: fc.constantFrom<Tier>('override0', 'override1', 'default', 'platform'),
      slug: fc.constantFrom(...SLUGS),
      locale: fc.constantFrom<Locale>('en', 'fr'),
    }),
    fc.record({ kind: fc.constant('vendorName' as const), vendor: fc.nat(1), name: fc.constantFrom('N1', 'N2') }),
    fc.record({ kind: fc.constant('vendorSlug' as const), vendor: fc.nat(1) }),
    fc.record({ kind: fc.constant('membership' as const), vendor: fc.nat(1), isActive: fc.boolean() }),
    fc.record({ kind: fc.constant('leave' as const), vendor: fc.nat(1) }),
    fc.record({ kind: fc.constant('platformName' as const), name: fc.constantFrom('P1', 'P2') }),
    fc.record({ kind: fc.constant('platformDomain' as const), present: fc.boolean() }),
    fc.record({ kind: fc.constant('platformActive' as const), isActive: fc.boolean() }),
  )
  type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never

  function tierOf(world: World, tier: Tier) {
    if (tier === 'platform') return { vendor: null, isPlatformPage: true }
    if (tier === 'default') return { vendor: null, isPlatformPage: false }
    return { vendor: world.vendors[tier === 'override0' ? 0 : 1], isPlatformPage: false }
  }

  async function findPage(world: World, tier: Tier, slug: string): Promise<ContentPage | undefined> {
    const { vendor, isPlatformPage } = tierOf(world, tier)
    const found = await payload.find({
      collection: 'content-pages',
      where: {
        platform: { equals: world.platform.id },
        slug: { equals: slug },
        isPlatformPage: { equals: isPlatformPage },
        vendor: vendor ? { equals: vendor.id } : { exists: false },
      },
      limit: 1,
      depth: 0,
    })
    return found.docs[0]
  }

  async function apply(world: World, step: Edit): Promise<void> {
    const { platform } = world
    switch (step.kind) {
      case 'page': {
        const existing = await findPage(world, step.tier, step.slug)
        const data = { title: step.title, showInHeader: step.showInHeader, _status: step.status }
        if (existing) {
          await payload.update({ collection: 'content-pages', id: existing.id, locale: step.locale, data })
        } else {
          const { vendor, isPlatformPage } = tierOf(world, step.tier)
          await payload.create({
            collection: 'content-pages',
            locale: step.locale,
            data: { ...data, platform: platform.id, vendor: vendor?.id ?? null, isPlatformPage, slug: step.slug },
          })
        }
        return
      }
      case 'deletePage': {
        const existing = await findPage(world, step.tier, step.slug)
        if (existing) await payload.delete({ collection: 'content-pages', id: existing.id })
        return
      }
      case 'dropLocale': {
        const existing = await findPage(world, step.tier, step.slug)
        if (existing)
          await payload.db.drizzle.execute(
            `DELETE FROM content_pages_locales WHERE _parent_id = ${existing.id} AND _locale = '${step.locale}'`,
          )
        return
      }
      case 'vendorName':
        await payload.update({ collection: 'vendors', id: world.vendors[step.vendor].id, data: { name: step.name } })
        return
      case 'vendorSlug': {
        const vendor = world.vendors[step.vendor]
        const [first, second] = world.slugs[step.vendor]
        const slug = vendor.slug === first ? second : first
        world.vendors[step.vendor] = await payload.update({ collection: 'vendors', id: vendor.id, data: { slug } })
        return
      }
      case 'membership':
      case 'leave': {
        const vendorId = world.vendors[step.vendor].id
        const link = await payload.find({
          collection: 'vendor-platforms',
          where: { vendor: { equals: vendorId }, platform: { equals: platform.id } },
          limit: 1,
          depth: 0,
        })
        const row = link.docs[0]
        if (step.kind === 'leave') {
          if (row) await payload.delete({ collection: 'vendor-platforms', id: row.id })
        } else if (row) {
          await payload.update({ collection: 'vendor-platforms', id: row.id, data: { isActive: step.isActive } })
        } else {
          await payload.create({
            collection: 'vendor-platforms',
            data: { vendor: vendorId, platform: platform.id, isActive: step.isActive },
          })
        }
        return
      }
      case 'platformName':
        await payload.update({ collection: 'platforms', id: platform.id, data: { name: step.name } })
        return
      case 'platformDomain':
        await payload.update({
          collection: 'platforms',
          id: platform.id,
          data: { domains: step.present ? [{ domain: world.domain }] : [] },
        })
        return
      case 'platformActive':
        await payload.update({ collection: 'platforms', id: platform.id, data: { isActive: step.isActive } })
        return
    }
  }

  /** Every request the world can be asked: by code and by host, for each vendor slug it ever had and none. */
  function scopes(world: World): ContentScope[] {
    const vendorSlugs = [undefined, ...world.slugs.flat()]
    return vendorSlugs.flatMap((vendorSlug) => [
      { platformCode: world.platform.code, vendorSlug },
      { host: world.domain, vendorSlug },
    ])
  }

  async function compareAll(world: World): Promise<void> {
    for (const scope of scopes(world)) {
      for (const locale of LOCALES_READ) {
        for (const slug of SLUGS) {
          const cached = await readResolvedPage(payload, { ...scope, slug, locale })
          const truth = await resolveContentPage(payload, { ...scope, slug, locale })
          const label = JSON.stringify({ scope, slug, locale, cache: 'cache' in cached ? cached.cache : null })
          if (truth.status === 'found') {
            expect(cached.status, label).toBe('found')
            if (cached.status === 'found')
              expect(cached.answer.value, label).toEqual({ source: truth.source, page: truth.page })
          } else expect(cached.status, label).toBe(truth.status)
        }
        const cachedNav = await readNavigation(payload, { ...scope, locale })
        const truthNav = await contentNavigation(payload, { ...scope, locale })
        const label = JSON.stringify({ scope, locale, navigation: true })
        if (truthNav.status === 'found') {
          const { status: _status, scope: _scope, ...expected } = truthNav
          expect(cachedNav.status, label).toBe('found')
          if (cachedNav.status === 'found') expect(cachedNav.answer.value, label).toEqual(expected)
        } else expect(cachedNav.status, label).toBe(truthNav.status)
      }
    }
  }

  it('gives the same answers cached as uncached after any sequence of edits', async () => {
    await until(
      async () => contentCache(payload).cache.enabled,
      (enabled) => enabled,
      'the cache of this process to listen',
    )
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (steps) => {
        const { platform: created } = await createPlatform(payload)
        const vendors = [await createVendor(payload, [{ platform: created }]), await createVendor(payload, [])]
        await payload.create({ collection: 'vendor-platforms', data: { vendor: vendors[1].id, platform: created.id } })
        const world: World = {
          platform: created,
          vendors,
          slugs: vendors.map((vendor) => [vendor.slug, `${vendor.slug}-renamed`]),
          domain: created.domains![0].domain,
        }
        await createPage(payload, { platform: created, isPlatformPage: true, slug: 'home', showInHeader: true })
        await createPage(payload, { platform: created, slug: 'about', showInHeader: true })
        await contentCacheCaughtUp(payload)
        await compareAll(world) // fills the cache
        for (const step of steps) {
          await apply(world, step)
          await contentCacheCaughtUp(payload)
          await compareAll(world)
        }
      }),
      { numRuns: 8 },
    )
  }, 300_000)
})

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../scripts/lib/databases'
import { runAgainst } from '../../helpers/migrateDatabase'

const serverUrl = inject('serverUrl')
const name = uniqueDatabaseName('mig')
let db: pg.Client
let url: string

const rows = async <T = Record<string, unknown>>(text: string) => (await db.query(text)).rows as T[]
const columns = async (table: string) =>
  (
    await rows<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}'`,
    )
  ).map((row) => row.column_name)

beforeAll(async () => {
  url = await createDatabase(serverUrl, name)
  runAgainst(url, 'tests/helpers/migrateTo.ts', ['1'])
  db = new pg.Client({ connectionString: url })
  await db.connect()

  // Content as it existed before platforms: one shop with an override, shared pages, a duplicate slug.
  await db.query(`
    INSERT INTO vendors (id, name, slug) VALUES (1, 'Legacy Shop', 'legacy-shop');
    INSERT INTO content_pages (id, vendor_id, slug, _status, updated_at) VALUES
      (1, 1, 'about', 'published', now()),
      (2, NULL, 'about', 'published', now()),
      (3, NULL, 'terms', 'published', now() - interval '1 day'),
      (4, NULL, 'terms', 'draft', now());
    SELECT setval('content_pages_id_seq', 4);
    INSERT INTO content_pages_locales (title, _locale, _parent_id) VALUES
      ('Legacy about', 'en', 1), ('À propos legacy', 'fr', 1), ('Shop about', 'en', 2),
      ('Old terms', 'en', 3), ('New terms', 'en', 4);
    INSERT INTO _content_pages_v (parent_id, version_vendor_id, version_slug, version__status, latest)
      VALUES (1, 1, 'about', 'published', true), (2, NULL, 'about', 'published', true);`)
  runAgainst(url, 'tests/helpers/migrateTo.ts', ['2'])
}, 180_000)

afterAll(async () => {
  await db?.end()
  await dropDatabase(serverUrl, name)
})

describe('multi_platform migration', () => {
  it('creates the default platform and moves every existing page to it', async () => {
    const [oms] = await rows<{ id: number; code: string }>(`SELECT id, code FROM platforms`)
    expect(oms.code).toBe('oms')
    const pages = await rows<{ id: number; platform_id: number; is_platform_page: boolean; slug: string }>(
      `SELECT id, platform_id, is_platform_page, slug FROM content_pages ORDER BY id`,
    )
    expect(pages.map((page) => page.platform_id)).toEqual([oms.id, oms.id, oms.id, oms.id])
    expect(pages.map((page) => page.is_platform_page)).toEqual([false, true, true, true])
  })

  it('keeps localized content and backfills the versions too', async () => {
    const titles = await rows<{ title: string }>(
      `SELECT title FROM content_pages_locales WHERE _parent_id = 1 ORDER BY _locale`,
    )
    expect(titles.map((row) => row.title)).toEqual(['Legacy about', 'À propos legacy'])
    const versions = await rows<{ version_platform_id: number | null; version_is_platform_page: boolean }>(
      `SELECT version_platform_id, version_is_platform_page FROM _content_pages_v ORDER BY parent_id`,
    )
    expect(versions.every((row) => row.version_platform_id !== null)).toBe(true)
    expect(versions.map((row) => row.version_is_platform_page)).toEqual([false, true])
  })

  it('keeps both duplicate pages, suffixing the older slug', async () => {
    const terms = await rows<{ id: number; slug: string }>(
      `SELECT id, slug FROM content_pages WHERE id IN (3, 4) ORDER BY id`,
    )
    expect(terms).toEqual([
      { id: 3, slug: 'terms-3' },
      { id: 4, slug: 'terms' },
    ])
  })

  it('puts existing vendors on the default platform', async () => {
    const memberships = await rows(`SELECT vendor_id, is_active FROM vendor_platforms`)
    expect(memberships).toEqual([{ vendor_id: 1, is_active: true }])
  })

  it('enforces one page per platform, vendor, kind and slug, vendor defaults included', async () => {
    await expect(
      db.query(
        `INSERT INTO content_pages (platform_id, vendor_id, is_platform_page, slug) SELECT id, NULL, true, 'about' FROM platforms`,
      ),
    ).rejects.toThrow(/content_pages_scope_slug_idx/)
  })

  it('migrates down the last migration and up again', async () => {
    const output = runAgainst(url, 'tests/helpers/migrateTo.ts', ['down'])
    expect(output).toContain('Migrated down:  20261125_173009_multi_platform')
    expect(await rows(`SELECT name FROM payload_migrations`)).toEqual([{ name: '20261125_172750_initial' }])
    expect(await columns('content_pages')).not.toContain('platform_id')
    expect(await rows(`SELECT to_regclass('platforms') AS t`)).toEqual([{ t: null }])
    expect((await rows(`SELECT count(*)::int AS n FROM content_pages`))[0]).toEqual({ n: 4 })

    runAgainst(url, 'tests/helpers/migrateTo.ts', ['2'])
    expect(await columns('content_pages')).toContain('platform_id')
    expect((await rows(`SELECT count(*)::int AS n FROM content_pages WHERE platform_id IS NOT NULL`))[0]).toEqual({
      n: 4,
    })
  })
})

describe('subscription_tier_relation migration', () => {
  it('turns stored tier codes into tier references, creating legacy OMS tiers that were never in the database', async () => {
    runAgainst(url, 'tests/helpers/migrateTo.ts', ['3'])
    await db.query(`
      INSERT INTO platforms (id, code, name) VALUES (50, 'legacy-loyalty', 'Loyalty');
      INSERT INTO subscription_tiers (id, platform_id, code, name, price_monthly, price_annual, limits_cms_pages)
        VALUES (60, 50, 'starter', 'Starter', 1900, 19000, 3);
      INSERT INTO vendors (id, name, slug) VALUES (2, 'Second Shop', 'second-shop');
      INSERT INTO vendor_subscriptions (id, vendor_id, platform_id, tier_code, status, billing_period) VALUES
        (1, 1, (SELECT id FROM platforms WHERE code = 'oms'), 'professional', 'active', 'monthly'),
        (2, 2, 50, 'starter', 'trialing', 'annual');`)
    runAgainst(url, 'tests/helpers/migrateTo.ts', ['4'])

    const subscriptions = await rows<{ id: number; code: string; name: string; cms_pages: string }>(`
      SELECT s.id, t.code, t.name, t.limits_cms_pages AS cms_pages FROM vendor_subscriptions s
      JOIN subscription_tiers t ON t.id = s.tier_id ORDER BY s.id`)
    expect(subscriptions).toEqual([
      { id: 1, code: 'professional', name: 'Professional', cms_pages: '15' },
      { id: 2, code: 'starter', name: 'Starter', cms_pages: '3' },
    ])
    expect(await columns('vendor_subscriptions')).not.toContain('tier_code')
    const features = await rows<{ value: string }>(`
      SELECT f.value FROM subscription_tiers_features f JOIN subscription_tiers t ON t.id = f.parent_id
      WHERE t.code = 'professional' ORDER BY f."order"`)
    expect(features.map((row) => row.value)).toContain('cms_custom_pages')
  })

  it('migrates down to the stored codes', async () => {
    runAgainst(url, 'tests/helpers/migrateTo.ts', ['down'])
    const codes = await rows(`SELECT id, tier_code FROM vendor_subscriptions ORDER BY id`)
    expect(codes).toEqual([
      { id: 1, tier_code: 'professional' },
      { id: 2, tier_code: 'starter' },
    ])
  })

  it('stops with the rows to fix when a code matches no tier', async () => {
    await db.query(`INSERT INTO vendor_subscriptions (id, vendor_id, platform_id, tier_code, status, billing_period)
      VALUES (3, 2, (SELECT id FROM platforms WHERE code = 'oms'), 'platinum', 'active', 'monthly')`)
    expect(() => runAgainst(url, 'tests/helpers/migrateTo.ts', ['4'])).toThrow(
      /no tier for subscriptions #3 .{0,4}platinum/,
    )
    expect(await columns('vendor_subscriptions')).toContain('tier_code')
  })
})

describe('platform_hosts_invoicing migration', () => {
  it("says in the OMS row's config that invoicing lives there, keeping the rest of the config, and takes it back down", async () => {
    const other = uniqueDatabaseName('mig')
    const otherUrl = await createDatabase(serverUrl, other)
    const client = new pg.Client({ connectionString: otherUrl })
    try {
      const { migrations } = await import('@/migrations')
      // everything before this migration (found by name: later migrations come after it)
      const before = migrations.findIndex((migration) => migration.name === '20261207_080000_platform_hosts_invoicing')
      runAgainst(otherUrl, 'tests/helpers/migrateTo.ts', [String(before)])
      await client.connect()
      await client.query(
        `INSERT INTO platforms (code, name, config) VALUES ('oms', 'OMS', '{"region": "lu"}'), ('loyalty', 'Loyalty', NULL)`,
      )
      const configs = async () => (await client.query(`SELECT code, config FROM platforms ORDER BY code`)).rows
      runAgainst(otherUrl, 'tests/helpers/migrateTo.ts', [String(before + 1)])
      expect(await configs()).toEqual([
        { code: 'loyalty', config: null },
        { code: 'oms', config: { region: 'lu', invoicing: true } },
      ])
      runAgainst(otherUrl, 'tests/helpers/migrateTo.ts', ['down'])
      expect(await configs()).toEqual([
        { code: 'loyalty', config: null },
        { code: 'oms', config: { region: 'lu' } },
      ])
    } finally {
      await client.end()
      await dropDatabase(serverUrl, other)
    }
  }, 180_000)
})

describe('seller_vat_status migration', () => {
  it('backfills every existing vendor as VAT-registered with no declared turnover, and takes it back down', async () => {
    const other = uniqueDatabaseName('mig')
    const otherUrl = await createDatabase(serverUrl, other)
    const client = new pg.Client({ connectionString: otherUrl })
    try {
      const { migrations } = await import('@/migrations')
      const before = migrations.findIndex((migration) => migration.name === '20261207_100000_seller_vat_status')
      runAgainst(otherUrl, 'tests/helpers/migrateTo.ts', [String(before)])
      await client.connect()
      await client.query(`
        INSERT INTO vendors (id, name, slug) VALUES (1, 'Shop', 'shop');
        WITH platform AS (INSERT INTO platforms (code, name) VALUES ('shops', 'Shops') RETURNING id)
        INSERT INTO vendor_invoice_settings (vendor_id, platform_id, legal_name, address_street, address_postal_code, address_city, vat_number)
          SELECT 1, platform.id, 'Shop S.à r.l.', '1 rue', 'L-1111', 'Luxembourg', 'LU26375245' FROM platform;`)
      runAgainst(otherUrl, 'tests/helpers/migrateTo.ts', [String(before + 1)])
      const settings = async () =>
        (await client.query(`SELECT vat_status, tax_number, turnover_previous_year FROM vendor_invoice_settings`)).rows
      expect(await settings()).toEqual([{ vat_status: 'registered', tax_number: null, turnover_previous_year: '0' }])
      runAgainst(otherUrl, 'tests/helpers/migrateTo.ts', ['down'])
      await expect(settings()).rejects.toThrow(/vat_status/)
      const index = await client.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'invoices_distance_sales_idx'`)
      expect(index.rowCount).toBe(1)
    } finally {
      await client.end()
      await dropDatabase(serverUrl, other)
    }
  }, 240_000)
})

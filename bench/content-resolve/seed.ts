import pg from 'pg'

export const VENDOR_SLUGS = [
  'about',
  'shipping',
  'returns',
  'privacy',
  'terms',
  'contact',
  'story',
  'faq',
  'lookbook',
  'press',
]
const DEFAULT_SLUGS = VENDOR_SLUGS.slice(0, 6)
const PLATFORM_SLUGS = ['home', 'pricing', 'about', 'contact', 'privacy', 'terms']

export type BenchData = {
  platforms: { id: number; code: string }[]
  vendors: { id: number; slug: string; platformId: number; platformCode: string }[]
}

export type Pair = { vendor: BenchData['vendors'][number]; slug: string }

/**
 * Set-based bulk load: `vendorsPerPlatform` vendors on each of two platforms, 10 published pages each (ten blocks of
 * rich text), en + fr.
 */
export async function seedBenchData(databaseUrl: string, vendorsPerPlatform: number): Promise<BenchData> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    // Ten blocks, as a storefront page: headings and paragraphs of a few sentences.
    const sentence = 'Handmade in Luxembourg from local materials, shipped within two working days. '
    const blocks = Array.from({ length: 10 }, (_, index) =>
      index % 2 === 0
        ? {
            type: 'heading',
            tag: 'h2',
            version: 1,
            children: [{ type: 'text', text: `Section ${index / 2 + 1}`, version: 1 }],
          }
        : { type: 'paragraph', version: 1, children: [{ type: 'text', text: sentence.repeat(4), version: 1 }] },
    )
    const content = JSON.stringify({
      root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: blocks },
    })
    await client.query('BEGIN')
    const platforms = (
      await client.query(`INSERT INTO platforms (code, name, path_prefix, is_active)
        VALUES ('oms', 'OMS', '/platforms/oms', true), ('loyalty', 'Loyalty', '/platforms/loyalty', true) RETURNING id, code`)
    ).rows as { id: number; code: string }[]
    await client.query(
      `INSERT INTO vendors (name, slug) SELECT 'Vendor ' || g, 'vendor-' || g FROM generate_series(1, $1::int) g`,
      [vendorsPerPlatform * 2],
    )
    await client.query(`
      INSERT INTO vendor_platforms (vendor_id, platform_id, is_active, joined_at)
      SELECT v.id, p.id, true, now() FROM vendors v
      JOIN platforms p ON p.code = CASE WHEN v.id % 2 = 0 THEN 'oms' ELSE 'loyalty' END`)
    await client.query(
      `INSERT INTO content_pages (platform_id, vendor_id, is_platform_page, slug, _status)
       SELECT vp.platform_id, vp.vendor_id, false, s, 'published'::enum_content_pages_status FROM vendor_platforms vp, unnest($1::varchar[]) s
       UNION ALL SELECT p.id, NULL::int, false, s, 'published'::enum_content_pages_status FROM platforms p, unnest($2::varchar[]) s
       UNION ALL SELECT p.id, NULL::int, true, s, 'published'::enum_content_pages_status FROM platforms p, unnest($3::varchar[]) s`,
      [VENDOR_SLUGS, DEFAULT_SLUGS, PLATFORM_SLUGS],
    )
    await client.query(
      `INSERT INTO content_pages_locales (title, content, meta_title, _locale, _parent_id)
       SELECT initcap(slug) || ' ' || id, $1::jsonb, initcap(slug), loc::_locales, id FROM content_pages, unnest(array['en', 'fr']) loc`,
      [content],
    )
    await client.query('COMMIT')
    await client.query('ANALYZE')
    const vendors = (
      await client.query(`SELECT v.id, v.slug, p.id AS platform_id, p.code FROM vendors v
        JOIN vendor_platforms vp ON vp.vendor_id = v.id JOIN platforms p ON p.id = vp.platform_id`)
    ).rows.map((row) => ({ id: row.id, slug: row.slug, platformId: row.platform_id, platformCode: row.code }))
    return { platforms, vendors }
  } finally {
    await client.end()
  }
}

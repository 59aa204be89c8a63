/**
 * Benchmark baseline only (bench/content-resolve): the cheapest possible page read, a bare Next.js route
 * running one indexed SELECT on its own pool. Answers 404 unless the server runs with BENCH_ROUTES=1.
 */
import pg from 'pg'

let pool: pg.Pool | undefined

const SQL = `
  SELECT cp.id, cp.slug, l.title, l.content
  FROM content_pages cp
  JOIN content_pages_locales l ON l._parent_id = cp.id AND l._locale = 'en'
  WHERE cp.platform_id = $1 AND cp.slug = $2 AND cp.vendor_id = $3 AND cp._status = 'published'`

export async function GET(request: Request): Promise<Response> {
  if (process.env.BENCH_ROUTES !== '1') return new Response('Not found', { status: 404 })
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  const params = new URL(request.url).searchParams
  const result = await pool.query({
    name: 'bench_floor',
    text: SQL,
    values: [Number(params.get('platform')), params.get('slug'), Number(params.get('vendor'))],
  })
  if (result.rows.length === 0) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
  return Response.json({ page: result.rows[0] })
}

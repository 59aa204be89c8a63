/**
 * The benchmark's floor: the cheapest possible page read, one indexed SELECT on its own pool, behind the same
 * HTTP stack as the resolver (a Next.js route handler, the proxy in front). It is never part of the app: the
 * benchmark copies it to src/app/bench/content-floor/route.ts in a throw-away copy of the repository and builds
 * that copy (bench/lib/benchBuild.ts).
 */
import pg from 'pg'

let pool: pg.Pool | undefined

const SQL = `
  SELECT cp.id, cp.slug, l.title, l.content
  FROM content_pages cp
  JOIN content_pages_locales l ON l._parent_id = cp.id AND l._locale = 'en'
  WHERE cp.platform_id = $1 AND cp.slug = $2 AND cp.vendor_id = $3 AND cp._status = 'published'`

export async function GET(request: Request): Promise<Response> {
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

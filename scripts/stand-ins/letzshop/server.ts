/**
 * A stand-in for Letzshop's GraphQL API: POST /graphql with JSON {query, variables}, answered from a fixture
 * file by executing a small schema with the `graphql` package, so a query the real client sends that this schema
 * does not know fails here as it would there. It answers the documents of src/services/letzshop/queries.ts.
 *
 * Fixtures: `fixtures` (a path), else `LETZSHOP_FIXTURES`, else ./fixtures.json (Luxembourg shops).
 * For tests: `delayMs` answers late, `failWith` answers an HTTP status (e.g. 503) or GraphQL errors ('graphql');
 * `configure()` changes both while running; `requestCount` counts the GraphQL requests received.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildSchema, graphql } from 'graphql'

import { parseJson, type PostRoute, sendJson, servePost } from '../lib/http'

export type FixtureVendor = {
  id: string
  slug: string
  name: string
  url: string
  languages: string[]
  logo: { url: string } | null
  location: { city: string | null; country: string | null } | null
}

export type LetzshopStandInBehaviour = { delayMs?: number; failWith?: number | 'graphql' }

export type LetzshopStandInOptions = { port: number; host?: string; fixtures?: string } & LetzshopStandInBehaviour

export type LetzshopStandIn = {
  /** The GraphQL endpoint, to use as LETZSHOP_API_URL. */
  url: string
  close(): Promise<void>
  configure(behaviour: LetzshopStandInBehaviour): void
  readonly requestCount: number
}

const DEFAULT_FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures.json')

const schema = buildSchema(`
  type Image { url: String! }
  type Location { city: String, country: String }
  type Vendor {
    id: ID!
    slug: String!
    name: String!
    url: String!
    languages: [String!]!
    logo: Image
    location: Location
  }
  type VendorConnection { nodes: [Vendor!]!, totalCount: Int! }
  type Query {
    vendor(slug: String!): Vendor
    vendors(search: String!, first: Int = 10): VendorConnection!
  }
`)

/** Case and accents do not matter in a search ("epicerie" finds "Épicerie"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

export function loadFixtures(file: string): FixtureVendor[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { vendors?: FixtureVendor[] }
  if (!Array.isArray(data.vendors)) throw new Error(`${file}: expected {"vendors": [...]}`)
  return data.vendors
}

function rootValue(vendors: FixtureVendor[]) {
  return {
    vendor: ({ slug }: { slug: string }) => vendors.find((vendor) => vendor.slug === slug) ?? null,
    vendors: ({ search, first }: { search: string; first: number }) => {
      const words = fold(search).split(/\s+/).filter(Boolean)
      const matches = vendors.filter((vendor) => {
        const haystack = fold(`${vendor.name} ${vendor.slug} ${vendor.location?.city ?? ''}`)
        return words.every((word) => haystack.includes(word))
      })
      return { nodes: matches.slice(0, Math.max(0, first)), totalCount: matches.length }
    },
  }
}

export async function startLetzshopStandIn(options: LetzshopStandInOptions): Promise<LetzshopStandIn> {
  const { port, host = '127.0.0.1' } = options
  const vendors = loadFixtures(options.fixtures ?? process.env.LETZSHOP_FIXTURES ?? DEFAULT_FIXTURES)
  const root = rootValue(vendors)
  let behaviour: LetzshopStandInBehaviour = { delayMs: options.delayMs, failWith: options.failWith }
  let requestCount = 0

  const answer: PostRoute['answer'] = async (body, response, pause) => {
    requestCount++
    if (behaviour.delayMs) await pause(behaviour.delayMs)
    if (typeof behaviour.failWith === 'number')
      return sendJson(response, behaviour.failWith, { errors: [{ message: 'Letzshop stand-in: failing on purpose' }] })
    if (behaviour.failWith === 'graphql')
      return sendJson(response, 200, { data: null, errors: [{ message: 'Internal server error' }] })

    const parsed = parseJson(body) as { query?: unknown; variables?: unknown } | undefined
    if (parsed === undefined)
      return sendJson(response, 400, { errors: [{ message: 'The body must be JSON {query, variables}' }] })
    if (typeof parsed.query !== 'string') return sendJson(response, 400, { errors: [{ message: 'Missing "query"' }] })
    const result = await graphql({
      schema,
      source: parsed.query,
      rootValue: root,
      variableValues: (parsed.variables ?? {}) as Record<string, unknown>,
    })
    sendJson(response, 200, result)
  }
  const refusal: PostRoute['refusal'] = (status, pathname) => ({
    errors: [
      {
        message:
          status === 404 ? `Not found: ${pathname}; the API is at /graphql` : 'POST a JSON body {query, variables}',
      },
    ],
  })
  const server = await servePost({ path: '/graphql', refusal, answer }, port, host)

  return {
    url: `${server.url}/graphql`,
    configure(next) {
      behaviour = { ...next }
    },
    get requestCount() {
      return requestCount
    },
    close: server.close,
  }
}

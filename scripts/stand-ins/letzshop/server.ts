/**
 * A stand-in for Letzshop's GraphQL API: POST /graphql with JSON {query, variables}, answered from a fixture
 * file by executing a small schema with the `graphql` package, so a query the real client sends that this schema
 * does not know fails here as it would there. It answers the documents of src/services/letzshop/queries.ts.
 *
 * Fixtures: `fixtures` (a path), else `LETZSHOP_FIXTURES`, else ./fixtures.json (Luxembourg shops, and the
 * shipments of some of them). A shop's orders are read with its API key, `lsk_test_<shop slug>` (bearer); the
 * stand-in records each confirmation, decline and tracking number (`calls`).
 * For tests: `delayMs` answers late, `failWith` answers an HTTP status (e.g. 503) or GraphQL errors ('graphql'),
 * `rateLimit` answers 429 with `Retry-After`; `times` limits either to the next n requests, `afterRequests` starts
 * either after n more requests answered as usual. `configure()` changes
 * them while running; `addShipments()` gives a shop more; `requestCount` counts the GraphQL requests received.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildSchema, type DocumentNode, execute, type GraphQLError, parse, validate } from 'graphql'

import { parseJson, type PostRoute, sendJson, servePost } from '../lib/http'

import { type FixtureShipment, type ShipmentCall, shipmentsRoot, type ShopShipments } from './shipments'

export type { FixtureShipment, ShipmentCall } from './shipments'

export type FixtureVendor = {
  id: string
  slug: string
  name: string
  url: string
  languages: string[]
  logo: { url: string } | null
  location: { city: string | null; country: string | null } | null
}

export type LetzshopStandInBehaviour = {
  delayMs?: number
  failWith?: number | 'graphql'
  /** 429 with this `Retry-After` (seconds). */
  rateLimit?: { retryAfterSeconds: number }
  /** `failWith` and `rateLimit` apply to the next n requests only, then the stand-in answers again. */
  times?: number
  /** `failWith` and `rateLimit` start once this many more requests have been answered as usual. */
  afterRequests?: number
}

export type LetzshopStandInOptions = { port: number; host?: string; fixtures?: string } & LetzshopStandInBehaviour

export type LetzshopStandIn = {
  /** The GraphQL endpoint, to use as LETZSHOP_API_URL. */
  url: string
  close(): Promise<void>
  configure(behaviour: LetzshopStandInBehaviour): void
  /** Gives a shop (by slug) these shipments besides the ones it has. */
  addShipments(shopSlug: string, shipments: FixtureShipment[]): void
  /** The shop's shipments as the stand-in holds them now (unit states included). */
  shipmentsOf(shopSlug: string): FixtureShipment[]
  /** Confirmations, declines and tracking numbers received, in order. */
  readonly calls: ShipmentCall[]
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
  type Address { firstName: String, lastName: String, street: String, zipCode: String, city: String, country: String }
  type ShipmentOrder { id: ID!, number: String!, email: String, shipAddress: Address }
  type InventoryUnit { id: ID!, state: String!, sku: String, name: String!, price: Float! }
  type Shipment {
    id: ID!
    number: String!
    state: String!
    createdAt: String!
    trackingNumber: String
    order: ShipmentOrder!
    inventoryUnits: [InventoryUnit!]!
  }
  type PageInfo { endCursor: String, hasNextPage: Boolean! }
  type ShipmentConnection { nodes: [Shipment!]!, pageInfo: PageInfo!, totalCount: Int! }
  type Me { vendor: Vendor! }
  type Query {
    vendor(slug: String!): Vendor
    vendors(search: String!, first: Int = 10): VendorConnection!
    me: Me!
    shipments(state: String = "unconfirmed", first: Int = 20, after: String): ShipmentConnection!
  }
  input InventoryUnitAnswer { inventoryUnitId: ID!, isAvailable: Boolean! }
  input ConfirmInventoryUnitsInput { inventoryUnits: [InventoryUnitAnswer!]! }
  input SetShipmentTrackingInput { shipmentId: ID!, code: String! }
  type MutationError { id: ID, code: String!, message: String! }
  type ConfirmInventoryUnitsPayload { inventoryUnits: [InventoryUnit!]!, errors: [MutationError!]! }
  type SetShipmentTrackingPayload { shipment: Shipment, errors: [MutationError!]! }
  type Mutation {
    confirmInventoryUnits(input: ConfirmInventoryUnitsInput!): ConfirmInventoryUnitsPayload!
    setShipmentTracking(input: SetShipmentTrackingInput!): SetShipmentTrackingPayload!
  }
`)

/**
 * A query parsed and checked against the schema once, as a GraphQL server caches its documents: the sync asks the
 * same page query over and over. A text that does not parse or validate gives its errors.
 */
const documents = new Map<string, DocumentNode | readonly GraphQLError[]>()
function documentOf(source: string): DocumentNode | readonly GraphQLError[] {
  let document = documents.get(source)
  if (!document) {
    try {
      const parsed = parse(source)
      const errors = validate(schema, parsed)
      document = errors.length > 0 ? errors : parsed
    } catch (error) {
      document = [error as GraphQLError]
    }
    if (documents.size < 100) documents.set(source, document)
  }
  return document
}

/** Case and accents do not matter in a search ("epicerie" finds "Épicerie"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

export function loadFixtures(file: string): FixtureVendor[] {
  return loadFixtureFile(file).vendors
}

function loadFixtureFile(file: string): { vendors: FixtureVendor[]; shipments: ShopShipments } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { vendors?: FixtureVendor[]; shipments?: ShopShipments }
  if (!Array.isArray(data.vendors)) throw new Error(`${file}: expected {"vendors": [...]}`)
  return { vendors: data.vendors, shipments: data.shipments ?? {} }
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

/** The shop a bearer key opens: `lsk_test_<slug>` of a fixture shop. */
function shopOfKey(vendors: FixtureVendor[], held: ShopShipments, bearer: string | null) {
  const slug = bearer?.startsWith('lsk_test_') ? bearer.slice('lsk_test_'.length) : null
  const vendor = slug ? vendors.find((candidate) => candidate.slug === slug) : undefined
  return vendor ? { vendor, shipments: held[vendor.slug] ?? [] } : null
}

export async function startLetzshopStandIn(options: LetzshopStandInOptions): Promise<LetzshopStandIn> {
  const { port, host = '127.0.0.1' } = options
  const { vendors, shipments } = loadFixtureFile(options.fixtures ?? process.env.LETZSHOP_FIXTURES ?? DEFAULT_FIXTURES)
  // Copies: the stand-in changes unit states as confirmations arrive.
  const held: ShopShipments = structuredClone(shipments)
  const calls: ShipmentCall[] = []
  const root = rootValue(vendors)
  let behaviour: LetzshopStandInBehaviour = { delayMs: options.delayMs, failWith: options.failWith }
  let requestCount = 0

  const answer: PostRoute['answer'] = async (body, response, pause, bearer) => {
    requestCount++
    if (behaviour.delayMs) await pause(behaviour.delayMs)
    const failing = behaviour.failWith !== undefined || behaviour.rateLimit !== undefined
    const spared = failing && behaviour.afterRequests !== undefined && behaviour.afterRequests-- > 0
    if (failing && !spared) {
      if (behaviour.times !== undefined) {
        if (behaviour.times <= 0) behaviour = { delayMs: behaviour.delayMs }
        else behaviour.times--
      }
      if (behaviour.rateLimit) {
        if (response.destroyed) return
        response.writeHead(429, {
          'Content-Type': 'application/json',
          'Retry-After': String(behaviour.rateLimit.retryAfterSeconds),
        })
        response.end(JSON.stringify({ errors: [{ message: 'Letzshop stand-in: too many requests' }] }))
        return
      }
      if (typeof behaviour.failWith === 'number')
        return sendJson(response, behaviour.failWith, {
          errors: [{ message: 'Letzshop stand-in: failing on purpose' }],
        })
      if (behaviour.failWith === 'graphql')
        return sendJson(response, 200, { data: null, errors: [{ message: 'Internal server error' }] })
    }

    const parsed = parseJson(body) as { query?: unknown; variables?: unknown } | undefined
    if (parsed === undefined)
      return sendJson(response, 400, { errors: [{ message: 'The body must be JSON {query, variables}' }] })
    if (typeof parsed.query !== 'string') return sendJson(response, 400, { errors: [{ message: 'Missing "query"' }] })
    const shop = shopOfKey(vendors, held, bearer)
    const needsKey = /\b(me|shipments|confirmInventoryUnits|setShipmentTracking)\b/.test(parsed.query)
    if (needsKey && !shop) return sendJson(response, 401, { errors: [{ message: 'Invalid or missing API key' }] })
    const document = documentOf(parsed.query)
    if (Array.isArray(document)) return sendJson(response, 200, { errors: document })
    const result = await execute({
      schema,
      document: document as DocumentNode,
      rootValue: { ...root, ...(shop ? shipmentsRoot(shop.vendor, held[shop.vendor.slug] ?? [], calls) : {}) },
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
    addShipments(shopSlug, more) {
      held[shopSlug] = [...(held[shopSlug] ?? []), ...structuredClone(more)]
    },
    shipmentsOf: (shopSlug) => held[shopSlug] ?? [],
    calls,
    get requestCount() {
      return requestCount
    },
    close: server.close,
  }
}

import config from '@payload-config'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { handleEndpoints } from 'payload'
import { expect } from 'vitest'

import * as openApiJson from '@/app/(frontend)/api/openapi.json/route'
import * as referenceAsset from '@/app/(frontend)/api/reference/[asset]/route'
import * as referencePage from '@/app/(frontend)/api/reference/route'
import type { OpenApiDocument } from '@/endpoints/openapi/document'

import { throughProxy } from '../../helpers/nextProxy'
import { nextRoutes } from '../../helpers/payload'

export type Answer = { status: number; headers: Headers; body: unknown; bytes: Buffer }

type CallOptions = {
  params?: Record<string, string | number>
  query?: Record<string, string>
  token?: string
  body?: unknown
  /** A body sent as it is (the Stripe webhook's raw event). */
  rawBody?: string
  headers?: Record<string, string>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document of any shape, read by path
type JsonObject = Record<string, any>

const ASSET = /^\/api\/reference\/([^/]+)$/

/** A request through the app as Next routes it (src/proxy.ts, our route handlers, else Payload's), its answer read whole. */
async function send(method: string, url: string, { token, body, rawBody, headers = {} }: CallOptions): Promise<Answer> {
  const incoming = new Request(`http://localhost:3000${url}`, {
    method: method.toUpperCase(),
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const { request } = await throughProxy(incoming)
  const { pathname } = new URL(request.url)
  const routes: Record<string, (request: Request) => Promise<Response>> = {
    ...nextRoutes,
    '/api/openapi.json': openApiJson.GET,
    '/api/reference': referencePage.GET,
  }
  const asset = ASSET.exec(pathname)
  const response = routes[pathname]
    ? await routes[pathname](request)
    : asset
      ? await referenceAsset.GET(request, { params: Promise.resolve({ asset: asset[1] }) })
      : await handleEndpoints({ config, request })
  const bytes = Buffer.from(await response.arrayBuffer())
  const json = response.headers.get('content-type')?.includes('json') && bytes.length > 0
  return {
    status: response.status,
    headers: response.headers,
    body: json ? JSON.parse(bytes.toString('utf8')) : null,
    bytes,
  }
}

const pointer = (...segments: string[]) =>
  segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

/**
 * The document's contract, checked on real answers: each call names its operation by method and path template, and its
 * answer must have a status the operation documents and a body valid against that status's schema.
 */
export class Contract {
  readonly ajv = new Ajv2020({ strict: false, allErrors: true })
  /** `get /api/…` → the statuses seen. */
  readonly seen = new Map<string, Set<number>>()

  constructor(readonly document: OpenApiDocument) {
    addFormats.default(this.ajv)
    this.ajv.addSchema(document as JsonObject, 'openapi.json')
  }

  /** The operations of the document, as `get /api/…`. */
  operations(): string[] {
    return Object.entries(this.document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    )
  }

  /** Calls the operation and checks the answer against the document; returns it. */
  async call(method: string, template: string, options: CallOptions = {}): Promise<Answer> {
    const operation = this.document.paths[template]?.[method] as JsonObject | undefined
    expect(operation, `${method} ${template} is not in the document`).toBeDefined()
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(options.params?.[name])))
    const query = options.query ? `?${new URLSearchParams(options.query)}` : ''
    const answer = await send(method, path + query, options)
    this.check(method, template, operation!, answer)
    return answer
  }

  private check(method: string, template: string, operation: JsonObject, answer: Answer) {
    const what = `${method.toUpperCase()} ${template} → ${answer.status} ${answer.bytes.toString('utf8').slice(0, 300)}`
    const key = `${method} ${template}`
    if (!this.seen.has(key)) this.seen.set(key, new Set())
    this.seen.get(key)!.add(answer.status)

    let response = operation.responses?.[String(answer.status)] as JsonObject | undefined
    expect(response, `status not documented: ${what}`).toBeDefined()
    let at = pointer('paths', template, method, 'responses', String(answer.status))
    if (response!.$ref) {
      at = (response!.$ref as string).slice(2)
      response = at
        .split('/')
        .reduce(
          (node: JsonObject, segment) => node[segment.replaceAll('~1', '/').replaceAll('~0', '~')],
          this.document as JsonObject,
        )
    }
    if (!response!.content) {
      expect(answer.bytes.length, `no body documented: ${what}`).toBe(0)
      return
    }
    const contentType = answer.headers.get('content-type')?.split(';')[0]
    const documented = Object.keys(response!.content)
    expect(
      documented.includes(contentType ?? ''),
      `content type ${contentType} not documented (${documented.join(', ')}): ${what}`,
    ).toBe(true)
    if (contentType !== 'application/json') return
    const validate = this.ajv.getSchema(`openapi.json#/${at}/${pointer('content', 'application/json', 'schema')}`)!
    expect(validate(answer.body) ? [] : validate.errors, `answer does not match the document: ${what}`).toEqual([])
  }
}

import fs from 'node:fs'
import path from 'node:path'

import configPromise from '@payload-config'
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'

import { openApiDocument } from '@/endpoints/openapi/route'

import { root } from '../../helpers/testServer'

const document = openApiDocument()
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const

/** Root endpoints Payload adds itself (its auth's `/access`): Payload's API, documented by Payload. */
const PAYLOAD_OWN = new Set(['get /api/access'])

const documented = (method: string, route: string) => Boolean(document.paths[route]?.[method.toLowerCase()])

/** Every route.ts under src/app/(frontend)/api, as its URL path template (`[name]` → `{name}`). */
function routeFiles(): string[] {
  const base = path.join(root, 'src/app/(frontend)')
  return (fs.readdirSync(path.join(base, 'api'), { recursive: true }) as string[])
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => path.join(base, 'api', file))
}

const routeOf = (file: string) =>
  `/${path.relative(path.join(root, 'src/app/(frontend)'), path.dirname(file)).split(path.sep).join('/')}`.replace(
    /\[(\w+)\]/g,
    '{$1}',
  )

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(document))
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('compiles every schema it holds as JSON Schema 2020-12 (components, parameters, bodies)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true })
    addFormats.default(ajv)
    ajv.addSchema({
      $id: 'components',
      $defs: document.components && (document.components as { schemas: object }).schemas,
    })
    const retarget = (schema: unknown) =>
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/'))
    const schemas: [string, unknown][] = Object.entries(
      (document.components as { schemas: Record<string, unknown> }).schemas,
    ).map(([name, schema]) => [`component ${name}`, schema])
    for (const [route, methods] of Object.entries(document.paths)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenAPI operations, walked as plain JSON
      for (const [method, operation] of Object.entries(methods) as [string, any][]) {
        for (const parameter of operation.parameters ?? [])
          schemas.push([`${method} ${route} parameter ${parameter.name}`, parameter.schema])
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenAPI media types, walked as plain JSON
        for (const [type, content] of Object.entries(operation.requestBody?.content ?? {}) as [string, any][])
          schemas.push([`${method} ${route} body ${type}`, content.schema])
      }
    }
    for (const [name, schema] of schemas) expect(() => ajv.compile(retarget(schema)), name).not.toThrow()
    expect(schemas.length).toBeGreaterThan(50)
  })

  it('documents every custom endpoint of the Payload config, with its method and path', async () => {
    const config = await configPromise
    const missing = (config.endpoints ?? [])
      .map((endpoint) => ({ method: endpoint.method, route: `/api${endpoint.path.replace(/:(\w+)/g, '{$1}')}` }))
      .filter(({ method, route }) => !PAYLOAD_OWN.has(`${method} ${route}`) && !documented(method, route))
    expect(missing).toEqual([])
    expect(config.endpoints?.length).toBeGreaterThan(20)
  })

  it('documents every route handler under src/app/(frontend)/api, each method it exports', async () => {
    const files = routeFiles()
    expect(files.length).toBeGreaterThanOrEqual(6)
    const missing: string[] = []
    for (const file of files) {
      const handlers = (await import(file)) as Record<string, unknown>
      const methods = METHODS.filter((method) => typeof handlers[method] === 'function')
      expect(methods.length, file).toBeGreaterThan(0)
      for (const method of methods) if (!documented(method, routeOf(file))) missing.push(`${method} ${routeOf(file)}`)
    }
    expect(missing).toEqual([])
  })

  it('names no route of ours like a collection, whose Payload routes it would hide', async () => {
    const config = await configPromise
    const payloadRoutes = new Set([
      ...config.collections.map((collection) => collection.slug),
      'globals',
      'graphql',
      'graphql-playground',
    ])
    const ours = [...routeFiles().map(routeOf), ...(config.endpoints ?? []).map((endpoint) => `/api${endpoint.path}`)]
    const topLevel = ours
      .map((route) => route.split('/'))
      .filter((segments) => segments.length === 3)
      .map((segments) => segments[2])
    expect(topLevel).toEqual(expect.arrayContaining(['openapi.json', 'reference']))
    expect(topLevel.filter((name) => payloadRoutes.has(name))).toEqual([])
  })

  it('documents nothing that is not served', async () => {
    const config = await configPromise
    const served = new Set([
      ...(config.endpoints ?? []).map(
        (endpoint) => `${endpoint.method} /api${endpoint.path.replace(/:(\w+)/g, '{$1}')}`,
      ),
      ...routeFiles().map((file) => `get ${routeOf(file)}`),
    ])
    const operations = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method} ${route}`),
    )
    expect(operations.filter((operation) => !served.has(operation))).toEqual([])
  })
})

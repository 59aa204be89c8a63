import { z } from 'zod'

import { ERROR_MEANINGS, errorAnswerSchema } from './errorAnswer'
import type { ErrorStatus, FileAnswer, Operation, Tag } from './operation'

type JsonSchema = Record<string, unknown>
export type OpenApiDocument = JsonSchema & { openapi: '3.1.0'; paths: Record<string, Record<string, JsonSchema>> }

const COMPONENT = '#/components/schemas/'

const TAGS: Record<Tag, string> = {
  Content:
    'Published content pages and site navigation of a platform or a vendor storefront (public, cached with an ETag).',
  Platform: "A platform's public plans and prices.",
  Letzshop:
    "Letzshop shops: search and look up (public, rate limited), and link a signed-in owner's vendor to its shop.",
  Signup:
    'The signup wizard, step by step, on a session id: plan, Letzshop shop (optional), account, card, completion.',
  Billing:
    "A vendor's subscription on Stripe: reads for its users and admins, changes for its owner (or a super admin acting for it).",
  Invoicing:
    'The invoices a shop issues to its customers (feature `invoicing`, OMS platform): settings, drafts, issue, credit notes, PDF and XML.',
  Stripe: "Stripe's calls to us.",
  Capacity:
    'Capacity planning and health: theoretical capacity against usage, trends and forecasts, recommendations (super admins; platform admins for their own platforms), and the anonymous health check for load balancers.',
  Reference: 'This document and its reading page.',
}

const DESCRIPTION = `The routes this application adds to Payload's own REST API (\`/api/<collection>\`, \`/api/users/login\`, described by Payload's documentation).

- **Sign in** with \`POST /api/users/login\` {email, password}: send its \`token\` as \`Authorization: JWT <token>\`, or let the browser keep the \`payload-token\` cookie.
- **Languages**: messages are in the signed-in user's admin language, else the request's \`Accept-Language\` (en, fr, de), else English.
- **Money** is integer cents with a currency; **dates** are UTC ISO 8601 strings (days as \`YYYY-MM-DD\`).
- **Refusals** keep Payload's shape \`{"errors":[{"message": "…"}]}\`; invalid fields are listed in \`errors[0].data.errors\` with their path.
- **Platform**: every route is also served under \`/platforms/<code>/api/…\`, which sets the platform for the routes that read it (content, pricing); a platform's own domain does the same.`

const SERVERS = [
  { url: '/', description: 'This server' },
  {
    url: '/platforms/{platform}',
    description: "Under a platform's path prefix: the platform of content and pricing reads.",
    variables: { platform: { default: 'oms', description: 'A platform code.' } },
  },
]

/** A schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), inline. */
function inlineSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema
  return json
}

const isFile = (answer: z.ZodType | FileAnswer): answer is FileAnswer => 'contentType' in answer

/** `post /api/vendor/invoices/{id}/issue` → `postVendorInvoicesIdIssue`. */
const operationId = ({ method, path }: Operation) =>
  method +
  path
    .replace(/^\/api\//, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')

/**
 * The answers' schemas as components: each answer under its zod `meta({ id })`, else under its operation's name,
 * converted together so a schema several answers share (or one named inside them) is one component they refer to.
 */
function answerComponents(operations: Operation[]): {
  schemas: Record<string, JsonSchema>
  refs: Map<z.ZodType, string>
} {
  const registry = z.registry<{ id: string }>()
  const refs = new Map<z.ZodType, string>()
  const add = (schema: z.ZodType, fallbackId: string) => {
    if (refs.has(schema)) return
    const id = (z.globalRegistry.get(schema)?.id as string | undefined) ?? fallbackId
    registry.add(schema, { id })
    refs.set(schema, `${COMPONENT}${id}`)
  }
  add(errorAnswerSchema, 'Error')
  for (const operation of operations) {
    for (const [status, answer] of Object.entries(operation.answers)) {
      if (answer && !isFile(answer)) add(answer, `${operationId(operation)}${status}`)
    }
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `${COMPONENT}${id}`,
  }) as { schemas: Record<string, JsonSchema> }
  // Schemas named only inside others land in `__shared`: they become components of their own, referred to as such.
  const { __shared: shared, ...named } = schemas
  const components: Record<string, JsonSchema> = {
    ...named,
    ...((shared?.$defs as Record<string, JsonSchema> | undefined) ?? {}),
  }
  const json = JSON.stringify(components).replaceAll(`${COMPONENT}__shared#/$defs/`, COMPONENT)
  const cleaned = Object.fromEntries(
    Object.entries(JSON.parse(json) as Record<string, JsonSchema>).map(
      ([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema],
    ),
  )
  return { schemas: cleaned, refs }
}

function parameters(schema: z.ZodObject | undefined, location: 'query' | 'path'): JsonSchema[] {
  if (!schema) return []
  const json = inlineSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema: property,
  }))
}

const ERROR_RESPONSE = (status: ErrorStatus) => `#/components/responses/Error${status}`

function errorResponses(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(ERROR_MEANINGS).map(([status, description]) => [
      `Error${status}`,
      {
        description,
        ...(status === '429'
          ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } }
          : {}),
        content: { 'application/json': { schema: { $ref: `${COMPONENT}Error` } } },
      },
    ]),
  )
}

function operationObject(operation: Operation, refs: Map<z.ZodType, string>): JsonSchema {
  const responses: Record<string, JsonSchema> = {}
  for (const [status, answer] of Object.entries(operation.answers)) {
    if (!answer) continue
    responses[status] = isFile(answer)
      ? {
          description: answer.description,
          content: Object.fromEntries(
            [answer.contentType].flat().map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
          ),
        }
      : {
          description: (z.globalRegistry.get(answer)?.description as string | undefined) ?? 'Done.',
          ...(operation.etag
            ? {
                headers: {
                  ETag: { schema: { type: 'string' } },
                  'Cache-Control': { schema: { const: 'public, no-cache' } },
                },
              }
            : {}),
          content: { 'application/json': { schema: { $ref: refs.get(answer) } } },
        }
  }
  if (operation.etag) responses['304'] = { description: 'Not modified: the `If-None-Match` ETag is current.' }
  for (const status of operation.errors) responses[String(status)] = { $ref: ERROR_RESPONSE(status) }

  const headers = Object.entries(operation.headers ?? {}).map(([name, { description, required }]) => ({
    name,
    in: 'header',
    required,
    description,
    schema: { type: 'string' },
  }))
  if (operation.etag)
    headers.push({
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'The ETag of an earlier answer.',
      schema: { type: 'string' },
    })

  const body = operation.body
    ? {
        required: !operation.bodyOptional,
        content: { 'application/json': { schema: inlineSchema(operation.body, 'input') } },
      }
    : operation.rawBody
      ? {
          required: true,
          description: operation.rawBody.description,
          content: { [operation.rawBody.contentType]: { schema: { type: 'object' } } },
        }
      : undefined

  return {
    operationId: operationId(operation),
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    ...(operation.signedIn ? { security: [{ payloadJwt: [] }, { payloadCookie: [] }] } : {}),
    parameters: [...parameters(operation.params, 'path'), ...parameters(operation.query, 'query'), ...headers],
    ...(body ? { requestBody: body } : {}),
    responses,
  }
}

/** The OpenAPI 3.1 document of `operations`. */
export function buildOpenApiDocument(operations: Operation[], version: string): OpenApiDocument {
  const { schemas, refs } = answerComponents(operations)
  const paths: OpenApiDocument['paths'] = {}
  for (const operation of operations) {
    paths[operation.path] ??= {}
    if (paths[operation.path][operation.method])
      throw new Error(`Two operations for ${operation.method.toUpperCase()} ${operation.path}`)
    paths[operation.path][operation.method] = operationObject(operation, refs)
  }
  const used = new Set(operations.map((operation) => operation.tag))
  return {
    openapi: '3.1.0',
    info: { title: 'Letzshop Platforms API', version, description: DESCRIPTION },
    servers: SERVERS,
    tags: Object.entries(TAGS)
      .filter(([name]) => used.has(name as Tag))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      responses: errorResponses(),
      securitySchemes: {
        payloadJwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`JWT <token>`, the token of `POST /api/users/login`.',
        },
        payloadCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'payload-token',
          description: 'The cookie `POST /api/users/login` sets.',
        },
      },
    },
  }
}

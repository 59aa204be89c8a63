import type { Endpoint } from 'payload'
import type { z } from 'zod'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** The refusals our endpoints answer in Payload's {"errors":[{"message"}]} shape (errorAnswer.ts says what each means). */
export type ErrorStatus = 400 | 401 | 402 | 403 | 404 | 409 | 413 | 429 | 502 | 503 | 504

/** An answer that is a file rather than JSON, of one of these types. */
export type FileAnswer = { contentType: string | string[]; description: string }

export type Tag =
  'Content' | 'Platform' | 'Signup' | 'Billing' | 'Invoicing' | 'Letzshop' | 'Stripe' | 'Capacity' | 'Reference'

/** What the document says about one route: what it takes and what it answers, as the zod schemas the code uses. */
export type OperationSpec = {
  tag: Tag
  summary: string
  description?: string
  /** Signed in with Payload's JWT (`Authorization: JWT …`) or its `payload-token` cookie; the rest is public. */
  signedIn?: boolean
  query?: z.ZodObject
  /** The path's `{name}` parameters. */
  params?: z.ZodObject
  /** Request headers the route reads, by name. */
  headers?: Record<string, { description: string; required: boolean }>
  body?: z.ZodType
  /** The body may be left out (as `{}`). */
  bodyOptional?: boolean
  /** The body as text, taken as it is (the Stripe webhook reads it raw to check its signature). */
  rawBody?: { contentType: string; description: string }
  /** Successes, and a 503 that is a report rather than a refusal (the health routes answer their findings with it). */
  answers: Partial<Record<200 | 201 | 202 | 503, z.ZodType | FileAnswer>>
  errors: ErrorStatus[]
  /** A public read with an ETag: `If-None-Match` with it answers 304 without a body. */
  etag?: boolean
}

export type Operation = OperationSpec & { method: HttpMethod; path: string }

/** The document's messages: its schemas are built as for a request in English (`t(null, …)`). */
export const ENGLISH = null

/** A Payload custom endpoint's operation: method and path (`:name` becomes `{name}`) read from the endpoint itself. */
export const endpointOperation = (endpoint: Endpoint, spec: OperationSpec): Operation => ({
  ...spec,
  method: endpoint.method as HttpMethod,
  path: `/api${endpoint.path.replace(/:(\w+)/g, '{$1}')}`,
})

/** A Next.js route handler's operation, at the path of its folder under src/app/(frontend). */
export const routeOperation = (method: HttpMethod, path: `/api/${string}`, spec: OperationSpec): Operation => ({
  ...spec,
  method,
  path,
})

/** Whether two types are the same, both ways assignable. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/**
 * Compile-time check that an answer schema describes the type the code answers:
 * `export type _Checked = Expect<Same<z.output<typeof schema>, AnswerType>>` fails the type check when they drift apart.
 */
export type Expect<T extends true> = T

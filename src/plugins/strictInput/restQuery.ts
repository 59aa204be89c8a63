import {
  APIError,
  type Collection,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { inputShapeProblems } from './inputShape'
import { MAX_DEPTH, MAX_LIMIT } from './limits'
import { isPlainObject, isRowIdText, nulBytePath } from './values'
import { whereProblem } from './whereShape'

/** An operation's arguments (each operation has its own type): what these checks read, and the rest passed on. */
type Args = Record<string, unknown> & { collection?: Collection }

const badRequest = (message: string) => new APIError(message, 400, null, true)

/** Operations whose request body is their input: it must be a JSON object. */
const BODY_OPERATIONS = new Set(['create', 'update', 'login', 'forgotPassword', 'resetPassword', 'unlock'])

function wholeNumber(name: string, value: unknown, min: number) {
  if (value === undefined) return
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw badRequest(`The ${name} parameter must be a whole number, ${min} or more.`)
  }
}

/**
 * The REST query arguments of an operation, checked and bounded: page, limit and depth are whole numbers,
 * a list returns at most MAX_LIMIT documents (limit=0 and pagination=false included) and relations are populated at most
 * MAX_DEPTH levels deep.
 */
export function restQueryArgs(args: Args, req: PayloadRequest, operation: string): Args {
  wholeNumber('page', args.page, 0)
  wholeNumber('limit', args.limit, 0)
  wholeNumber('depth', args.depth, 0)
  const next = { ...args }
  if (typeof args.depth === 'number' && args.depth > MAX_DEPTH) next.depth = MAX_DEPTH
  const isList = operation === 'read' && args.id === undefined
  // limit=0 and pagination=false both mean "every document" to Payload.
  const unbounded =
    args.limit === 0 ||
    (typeof args.limit === 'number' && args.limit > MAX_LIMIT) ||
    (args.pagination === false && args.limit === undefined)
  if (isList && unbounded) next.limit = MAX_LIMIT
  const collection = args.collection?.config
  if (collection && args.where !== undefined) {
    const problem = whereProblem(req.payload, collection.flattenedFields, args.where)
    if (problem) throw badRequest(`${problem} See https://payloadcms.com/docs/queries/overview.`)
  }
  return next
}

/** A REST id in the URL must be what the database stores, else the document does not exist. */
function assertRouteId(req: PayloadRequest, args: Args, slug: string) {
  const raw = req.routeParams?.id
  if (typeof raw !== 'string') return
  const numericIds = req.payload.db.defaultIDType === 'number' && args.collection?.customIDType !== 'text'
  if (numericIds && !isRowIdText(raw)) {
    throw new APIError(
      `Not found: no ${slug} document has the id ${JSON.stringify(raw)} (ids are positive whole numbers).`,
      404,
      null,
      true,
    )
  }
}

function assertBody(req: PayloadRequest, args: Args) {
  const data: unknown = args.data
  if (!isPlainObject(data)) {
    throw badRequest('The request body must be a JSON object, sent with Content-Type: application/json.')
  }
  const nul = nulBytePath(data)
  if (nul !== null) throw badRequest(`${nul || 'The body'} contains a NUL character (\\u0000), which cannot be stored.`)
  const collection = args.collection?.config
  if (!collection) return
  const problems = inputShapeProblems(req.payload, collection.flattenedFields, data, req.locale === 'all')
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
}

const checked = new WeakSet<PayloadRequest>()

/**
 * Checks the input of a REST request once, at the operation its route called (not the operations that hooks
 * and access functions run with the same `req`): the id in the URL, the query parameters, and the body.
 */
export const strictRestInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'REST' || req.routeParams?.collection !== collection.slug || checked.has(req)) return args
  return checkRestInput(args as Args, req, operation, collection.slug) as typeof args
}

function checkRestInput(args: Args, req: PayloadRequest, operation: string, slug: string): Args {
  checked.add(req)
  assertRouteId(req, args, slug)
  const nul = nulBytePath(req.query)
  if (nul !== null) throw badRequest(`The query parameter ${nul} contains a NUL character (\\u0000).`)
  // args.data is req.data when the body is the operation's input (not a duplicate built by Payload).
  if (BODY_OPERATIONS.has(operation) && args.data === req.data) assertBody(req, args)
  // Reads take `data` too (a query parameter or body, for conditions): an object or nothing.
  else if (args.data !== undefined && args.data !== null && !isPlainObject(args.data))
    throw badRequest('The data parameter must be a JSON object.')
  return restQueryArgs(args, req, operation)
}

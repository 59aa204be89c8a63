import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { dateMessage, isPlainObject, isRowId, isSaneDate } from './values'

export type ShapeProblem = { path: string; message: string }

type Context = { payload: Payload; localeCodes: string[] | null; problems: ShapeProblem[] }

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER

const optionValues = (field: { options: readonly (string | { value: string })[] }) =>
  field.options.map((option) => (typeof option === 'string' ? option : option.value))

const MAX_RICH_TEXT_DEPTH = 32

/** A Lexical node: an object with a string `type`, and `children` (when present) a list of nodes. */
const isLexicalNode = (node: unknown, depth: number): boolean =>
  isPlainObject(node) &&
  typeof node.type === 'string' &&
  (node.text === undefined || typeof node.text === 'string') &&
  (node.children === undefined ||
    (depth < MAX_RICH_TEXT_DEPTH &&
      Array.isArray(node.children) &&
      node.children.every((child) => isLexicalNode(child, depth + 1))))

const isLexicalState = (value: unknown) =>
  isPlainObject(value) &&
  isPlainObject(value.root) &&
  value.root.type === 'root' &&
  Array.isArray(value.root.children) &&
  isLexicalNode(value.root, 0)

/** The id shape the related collection stores: a row id, or a string for collections with text ids. */
function isRelatedId(payload: Payload, relationTo: string, value: unknown): boolean {
  const related = payload.collections[relationTo as CollectionSlug]
  if (related?.customIDType === 'text') return typeof value === 'string' && value.length > 0
  return isRowId(value) || (isPlainObject(value) && isRowId(value.id))
}

function isRelationValue(
  payload: Payload,
  field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>,
  value: unknown,
) {
  if (Array.isArray(field.relationTo)) {
    return (
      isPlainObject(value) &&
      (field.relationTo as string[]).includes(value.relationTo as string) &&
      isRelatedId(payload, value.relationTo as string, value.value)
    )
  }
  return isRelatedId(payload, field.relationTo, value)
}

/** What a value of this field must look like, or null when it does. Nested fields are walked by `checkFields`. */
function scalarProblem(ctx: Context, field: FlattenedField, value: unknown): string | null {
  const many = 'hasMany' in field && field.hasMany === true
  const each = (test: (item: unknown) => boolean) => (many ? Array.isArray(value) && value.every(test) : test(value))
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return each((item) => typeof item === 'string') ? null : many ? 'must be a list of texts' : 'must be a text'
    case 'number':
      return each(isFiniteNumber) ? null : many ? 'must be a list of finite numbers' : 'must be a finite number'
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'must be true or false'
    case 'date':
      return isSaneDate(value) ? null : dateMessage
    case 'select':
    case 'radio': {
      const allowed = optionValues(field)
      if (each((item) => typeof item === 'string' && allowed.includes(item))) return null
      return `${many ? 'must be a list of values among' : 'must be one of'}: ${allowed.join(', ')}`
    }
    case 'relationship':
    case 'upload':
      return each((item) => isRelationValue(ctx.payload, field, item))
        ? null
        : `must be ${many ? 'a list of ids' : 'an id'} of ${[field.relationTo].flat().join(' or ')} (positive whole numbers)`
    case 'richText':
      return isLexicalState(value)
        ? null
        : 'must be a rich text document: {"root":{"type":"root","children":[...]}}, each node an object with a type'
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every(isFiniteNumber)
        ? null
        : 'must be [longitude, latitude]'
    default:
      return null
  }
}

function checkValue(ctx: Context, field: FlattenedField, value: unknown, path: string) {
  if (value === null || value === undefined) return
  // Payload's admin form sends an array or blocks field without rows as its row count, 0; Payload reads it as [].
  if ((field.type === 'array' || field.type === 'blocks') && value === 0) return
  const problem = (message: string) => ctx.problems.push({ path, message: `${path} ${message}.` })
  switch (field.type) {
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) return problem('must be an object of its fields')
      return checkFields(ctx, field.flattenedFields, value, path)
    case 'array':
      if (!Array.isArray(value) || !value.every(isPlainObject))
        return problem('must be a list of rows, each an object of its fields')
      return value.forEach((row, index) => checkFields(ctx, field.flattenedFields, row, `${path}.${index}`))
    case 'blocks': {
      const blocks = field.blocks ?? []
      const slugs = [
        ...blocks.map((block) => block.slug),
        ...(field.blockReferences ?? []).map((ref) => (typeof ref === 'string' ? ref : ref.slug)),
      ]
      if (
        !Array.isArray(value) ||
        !value.every((row) => isPlainObject(row) && slugs.includes(row.blockType as string))
      ) {
        return problem(`must be a list of blocks, each an object with a blockType among: ${slugs.join(', ')}`)
      }
      return value.forEach((row, index) => {
        const block = blocks.find((candidate) => candidate.slug === row.blockType)
        if (block) checkFields(ctx, block.flattenedFields, row, `${path}.${index}`)
      })
    }
    default: {
      const message = scalarProblem(ctx, field, value)
      if (message) problem(message)
    }
  }
}

function checkFields(ctx: Context, fields: FlattenedField[], data: Record<string, unknown>, parentPath: string) {
  for (const field of fields) {
    if (!(field.name in data) || field.type === 'join') continue
    const path = parentPath ? `${parentPath}.${field.name}` : field.name
    const value = data[field.name]
    // With locale=all, a localized field holds one value per locale.
    const perLocale =
      ctx.localeCodes &&
      field.localized &&
      isPlainObject(value) &&
      Object.keys(value).every((key) => ctx.localeCodes!.includes(key))
    if (perLocale)
      for (const [locale, localeValue] of Object.entries(value))
        checkValue(ctx, field, localeValue, `${path}.${locale}`)
    // Payload answers a plain value with locale=all 200 and stores nothing: refuse it instead.
    else if (ctx.localeCodes && field.localized && value !== null && value !== undefined) {
      ctx.problems.push({
        path,
        message: `With locale=all, send one value per locale, e.g. {"${ctx.localeCodes[0]}": …}; or write one locale with ?locale=${ctx.localeCodes[0]}.`,
      })
    } else checkValue(ctx, field, value, path)
  }
}

/**
 * Problems of a write's raw body against the collection's fields, before Payload's sanitizing turns
 * "12abc" into 12, "true" into true or rows given as strings into empty rows. Absent and null values pass
 * (a field's own `required` decides); unknown keys are left to Payload, which ignores them.
 */
export function inputShapeProblems(
  payload: Payload,
  fields: FlattenedField[],
  data: Record<string, unknown>,
  allLocales: boolean,
): ShapeProblem[] {
  const localization = payload.config.localization
  const ctx: Context = {
    payload,
    localeCodes: allLocales && localization ? localization.localeCodes : null,
    problems: [],
  }
  checkFields(ctx, fields, data, '')
  return ctx.problems
}

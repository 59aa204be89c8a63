import type { FlattenedField, Payload } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { dateMessage, isPlainObject, isRowId, isRowIdText, isSaneDate } from './values'

/** How a queried path compares: decides which operators and operands make sense. */
type Kind = 'id' | 'polymorphic' | 'number' | 'date' | 'checkbox' | 'text' | 'option' | 'point' | 'json' | 'any'

/** A resolved path: its kind, the allowed values of an option field, and whether it holds a list. */
type Target = { kind: Kind; options?: string[]; hasMany?: boolean }

const KIND_OF: Partial<Record<FlattenedField['type'], Kind>> = {
  number: 'number',
  date: 'date',
  checkbox: 'checkbox',
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  select: 'option',
  radio: 'option',
  point: 'point',
  // Stored as jsonb: Postgres has no LIKE for it.
  json: 'json',
  richText: 'json',
}

const TEXT_OPERATORS = new Set(['like', 'not_like'])
/** A relationship to several collections compares by identity only (or by `path.value` / `path.relationTo`). */
const POLYMORPHIC_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

/** The kind of a dotted path (through groups, tabs, arrays and single-collection relationships), or null when unknown. */
function targetOf(payload: Payload, fields: FlattenedField[], segments: string[]): Target | null {
  let current = fields
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    const field = current.find((candidate) => candidate.name === segment)
    if (!field) return segment === 'id' && last ? { kind: 'id' } : null
    const localeNext = field.localized && index === segments.length - 2 && locales.includes(segments[index + 1])
    if (last || localeNext) {
      if (field.type === 'relationship' || field.type === 'upload') {
        const textIds =
          typeof field.relationTo === 'string' && payload.collections[field.relationTo]?.customIDType === 'text'
        const kind = Array.isArray(field.relationTo) ? 'polymorphic' : textIds ? 'any' : 'id'
        return { kind, hasMany: field.hasMany === true }
      }
      if (field.type === 'select' || field.type === 'radio') {
        const options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
        return { kind: 'option', options, hasMany: 'hasMany' in field && field.hasMany === true }
      }
      return { kind: KIND_OF[field.type] ?? 'any', hasMany: 'hasMany' in field && field.hasMany === true }
    }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') current = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const related = payload.collections[field.relationTo]
      if (!related) return null
      current = related.config.flattenedFields
    } else return null
  }
  return null
}

const scalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isNullText = (value: unknown) => value === null || value === 'null'

function operandProblem({ kind, options }: Target, operator: string, value: unknown): string | null {
  if (!scalar(value)) return 'must be a single value'
  const nullable = operator === 'equals' || operator === 'not_equals' || LIST_OPERATORS.has(operator)
  if (nullable && isNullText(value)) return null
  switch (kind) {
    case 'id':
    case 'polymorphic':
      return isRowId(value) || isRowIdText(value) ? null : 'must be an id (a positive whole number)'
    case 'number':
      return typeof value !== 'boolean' && value !== '' && Number.isFinite(Number(value)) ? null : 'must be a number'
    case 'date':
      return isSaneDate(value) ? null : dateMessage
    case 'checkbox':
      return [true, false, 'true', 'false'].includes(value as never) ? null : 'must be true or false'
    case 'option':
      return options!.includes(String(value)) ? null : `must be one of: ${options!.join(', ')}`
    default:
      return null
  }
}

function conditionProblem(target: Target, operator: string, operand: unknown): string | null {
  const { kind } = target
  if (!validOperatorSet.has(operator as never))
    return `uses the unknown operator "${operator}"; use one of: ${[...validOperatorSet].join(', ')}`
  if (kind === 'polymorphic' && !POLYMORPHIC_OPERATORS.has(operator)) {
    return `cannot use "${operator}" on a relationship to several collections; use ${[...POLYMORPHIC_OPERATORS].join(', ')}`
  }
  if (GEO_OPERATORS.has(operator)) return kind === 'point' ? null : `cannot use "${operator}" (only point fields can)`
  if (kind === 'point') return null
  if (operator === 'exists')
    return [true, false, 'true', 'false'].includes(operand as never) ? null : 'exists must be true or false'
  // Postgres compares text with LIKE: ids, numbers, dates, booleans and enums (select) cannot; `contains`
  // also tests membership of a list (hasMany).
  const textOnly = TEXT_OPERATORS.has(operator) || (operator === 'contains' && !target.hasMany)
  if (textOnly && kind !== 'text' && kind !== 'any')
    return `cannot use "${operator}" on a ${kind === 'id' ? 'relationship or id' : kind} field`
  if (operator === 'all' && !target.hasMany && kind !== 'any')
    return 'cannot use "all" (only fields holding a list can); use "in"'
  if (LIST_OPERATORS.has(operator)) {
    const items = Array.isArray(operand)
      ? operand
      : isPlainObject(operand)
        ? Object.values(operand)
        : typeof operand === 'string'
          ? operand.split(',')
          : [operand]
    for (const item of items) {
      const problem = operandProblem(target, operator, item)
      if (problem) return `${operator}: each value ${problem}`
    }
    return null
  }
  const problem = operandProblem(target, operator, operand)
  return problem && `${operator}: the value ${problem}`
}

/**
 * The first problem of a `where` query against a collection's fields, or null. Paths this cannot resolve are
 * left to Payload, which refuses unknown paths itself (400).
 */
export function whereProblem(payload: Payload, fields: FlattenedField[], where: unknown, at = 'where'): string | null {
  if (where === undefined || where === null) return null
  if (!isPlainObject(where)) return `${at} must be an object of conditions, e.g. where[title][equals]=Home`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!branches) return `${at}[${key}] must be a list of conditions`
      for (const [index, branch] of branches.entries()) {
        const problem = whereProblem(payload, fields, branch, `${at}[${key}][${index}]`)
        if (problem) return problem
      }
      continue
    }
    const path = `${at}[${key}]`
    if (!isPlainObject(value)) return `${path} must name an operator, e.g. ${path}[equals]=...`
    const target = targetOf(payload, fields, key.split('.'))
    if (target === null) continue
    for (const [operator, operand] of Object.entries(value)) {
      const problem = conditionProblem(target, operator, operand)
      if (problem) return `${path} ${problem}.`
    }
  }
  return null
}

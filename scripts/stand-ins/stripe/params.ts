import { invalidRequest, missingParam, unknownParam } from './errors'
import type { FormObject, FormValue } from './formBody'

/** Reading Stripe parameters the way Stripe checks them: unknown names, wrong types and missing values are 400s. */

export function onlyParams(params: FormObject, allowed: string[]): void {
  for (const name of Object.keys(params)) {
    if (name !== 'expand' && !allowed.includes(name)) throw unknownParam(name)
  }
}

export function text(params: FormObject, name: string): string | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${name} must be a string.`, name)
  return value
}

export function requiredText(params: FormObject, name: string): string {
  const value = text(params, name)
  if (value === undefined || value === '') throw missingParam(name)
  return value
}

export function integer(params: FormObject, name: string, label = name): number | undefined {
  const value = text(params, name)
  if (value === undefined || value === '') return undefined
  if (!/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, label)
  return Number(value)
}

export function boolean(params: FormObject, name: string): boolean | undefined {
  const value = text(params, name)
  if (value === undefined || value === '') return undefined
  if (value !== 'true' && value !== 'false') throw invalidRequest(`Invalid boolean: ${value}`, name)
  return value === 'true'
}

export function object(params: FormObject, name: string): FormObject | undefined {
  const value = params[name]
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidRequest(`Invalid object: ${name} must be a hash.`, name)
  return value
}

export function list(params: FormObject, name: string): FormValue[] | undefined {
  const value = params[name]
  if (value === undefined || value === '') return undefined
  if (!Array.isArray(value)) throw invalidRequest(`Invalid array: ${name} must be an array.`, name)
  return value
}

export function stringList(params: FormObject, name: string): string[] | undefined {
  const values = list(params, name)
  if (values?.some((value) => typeof value !== 'string'))
    throw invalidRequest(`Invalid array: ${name} must hold strings.`, name)
  return values as string[] | undefined
}

/** Metadata merged Stripe's way: a key set to '' is removed; `metadata=''` clears all of it. */
export function mergeMetadata(current: Record<string, string>, params: FormObject): Record<string, string> {
  if (params.metadata === '') return {}
  const update = object(params, 'metadata')
  if (!update) return current
  const next = { ...current }
  for (const [key, value] of Object.entries(update)) {
    if (typeof value !== 'string')
      throw invalidRequest(`Invalid metadata: metadata[${key}] must be a string.`, `metadata[${key}]`)
    if (value === '') delete next[key]
    else next[key] = value
  }
  return next
}

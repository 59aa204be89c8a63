import { invalidRequest, missingParam, type StripeStandInError, unknownParam } from './errors'
import type { FormObject, FormValue } from './formBody'
import type { ParamType, PublishedTypes } from './publishedTypes'
import published from './stripeTypes.json'

/**
 * Stripe's own parameter check, before any operation runs: a name the operation does not take is `parameter_unknown`,
 * a value of the wrong type `parameter_invalid_*` (or Stripe's "Invalid …" without a code, as it answers for booleans
 * and enumerations), a required one missing `parameter_missing`. The types are Stripe's published ones for the pinned
 * API version (stripeTypes.json, written by `npm run stand-ins:stripe-types` from the `stripe` package).
 */

export const stripeTypes = published as PublishedTypes

const NUMBER = /^-?\d+(\.\d+)?$/

const nameOf = (path: string[]): string =>
  path.map((segment, index) => (index === 0 ? segment : `[${segment}]`)).join('')

const describe = (value: FormValue): string => (typeof value === 'string' ? value : JSON.stringify(value))

function check(type: ParamType, value: FormValue, path: string[]): StripeStandInError | null {
  const param = nameOf(path)
  if (value === '') {
    if (type.empty) return null
    if (type.type === 'object' || type.type === 'array' || type.type === 'map')
      return invalidRequest(
        `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
        param,
        'parameter_invalid_empty',
      )
  }
  switch (type.type) {
    case 'string':
      return typeof value === 'string' ? null : invalidRequest(`Invalid string: ${describe(value)}`, param)
    case 'number':
      return typeof value === 'string' && NUMBER.test(value)
        ? null
        : invalidRequest(`Invalid integer: ${describe(value)}`, param, 'parameter_invalid_integer')
    case 'boolean':
      return value === 'true' || value === 'false' ? null : invalidRequest(`Invalid boolean: ${describe(value)}`, param)
    case 'enum':
      return typeof value === 'string' && type.values.includes(value)
        ? null
        : invalidRequest(`Invalid ${param}: must be one of ${type.values.join(', ')}`, param)
    case 'map':
      return typeof value === 'object' && !Array.isArray(value) ? null : invalidRequest('Invalid hash', param)
    case 'array': {
      if (!Array.isArray(value)) return invalidRequest(`Invalid array`, param)
      for (const [index, item] of value.entries()) {
        const error = check(type.of, item, [...path, String(index)])
        if (error) return error
      }
      return null
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return invalidRequest('Invalid hash', param)
      for (const [key, item] of Object.entries(value)) {
        const field = type.fields[key]
        if (!field) return unknownParam(nameOf([...path, key]))
        const error = check(field, item, [...path, key])
        if (error) return error
      }
      const missing = type.required?.find((key) => value[key] === undefined)
      return missing ? missingParam(nameOf([...path, missing])) : null
    }
    case 'union': {
      const errors = type.of.map((option) => check(option, value, path))
      return errors.includes(null) ? null : errors[0]
    }
  }
}

/** Throws Stripe's 400 for the first parameter `operation` ("POST /v1/subscriptions") would refuse. */
export function checkParams(operation: string, params: FormObject): void {
  const type = stripeTypes.operations[operation]
  if (!type) throw new Error(`The Stripe stand-in has no published types for ${operation}.`)
  const error = check(type, params, [])
  if (error) throw error
}

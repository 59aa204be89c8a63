/**
 * Optional online check of a customer's VAT number against the Commission's VIES REST API (VIES_CHECK=1).
 * POST {VIES_API_URL}/check-vat-number {countryCode, vatNumber} → CheckVatResponse {valid, name, address,
 * requestDate, requestIdentifier, …}; failures come as CommonResponse {actionSucceed: false, errorWrappers:
 * [{error, message}]} (shapes from the Commission's OpenAPI, as generated clients of it read them).
 * VIES is often down for one member state: any failure or timeout is `unavailable`, never an exception, and the
 * offline format-and-checksum result then stands (computeInvoiceVat).
 */
import { isEuMemberState } from '../countries'

import type { CountryCode, VatInput, ViesResult } from './types'
import { checkCustomerVatNumber, normalizeVatNumber } from './vatNumber'
import { vatPrefix } from './vatPrefix'

export const VIES_DEFAULT_API_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api'
export const VIES_DEFAULT_TIMEOUT_MS = 3000

export type ViesConfig = { enabled: boolean; apiUrl: string; timeoutMs: number }

export function viesConfig(env: Record<string, string | undefined> = process.env): ViesConfig {
  const timeout = Number(env.VIES_TIMEOUT_MS)
  return {
    enabled: env.VIES_CHECK === '1',
    apiUrl: (env.VIES_API_URL?.trim() || VIES_DEFAULT_API_URL).replace(/\/+$/, ''),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : VIES_DEFAULT_TIMEOUT_MS,
  }
}

export type ViesCheckOptions = {
  apiUrl?: string
  timeoutMs?: number
  /** The clock of `checkedAt`. */
  now?: () => Date
}

/** VIES's answers that say the number itself is wrong, rather than that the service could not answer. */
const INVALID_NUMBER_ERRORS = new Set(['INVALID_INPUT'])

/** Checks `vatNumber` (with or without its prefix) as a number of `country` (GR is sent as EL). */
export async function checkVies(
  vatNumber: string,
  country: CountryCode,
  options: ViesCheckOptions = {},
): Promise<ViesResult> {
  const defaults = viesConfig()
  const apiUrl = (options.apiUrl ?? defaults.apiUrl).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? defaults.timeoutMs
  const now = options.now ?? (() => new Date())
  const prefix = vatPrefix(country)
  const normalized = normalizeVatNumber(vatNumber)
  const number = normalized.startsWith(prefix) ? normalized.slice(prefix.length) : normalized
  const base = { checkedAt: now().toISOString(), vatNumber: `${prefix}${number}` }
  const unavailable = (error: string): ViesResult => ({ status: 'unavailable', ...base, error })

  let response: Response
  try {
    response = await fetch(`${apiUrl}/check-vat-number`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ countryCode: prefix, vatNumber: number }),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const name = (error as { name?: string }).name
    return unavailable(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network')
  }

  let body: Record<string, unknown> | null = null
  try {
    body = (await response.json()) as Record<string, unknown>
  } catch (error) {
    const name = (error as { name?: string }).name
    if (name === 'TimeoutError' || name === 'AbortError') return unavailable('timeout')
  }
  const wrappers = Array.isArray(body?.errorWrappers) ? (body.errorWrappers as { error?: unknown }[]) : []
  const errorCode = typeof wrappers[0]?.error === 'string' ? wrappers[0].error : null
  if (errorCode && INVALID_NUMBER_ERRORS.has(errorCode)) return { status: 'invalid', ...base, error: errorCode }
  if (!response.ok) return unavailable(errorCode ?? `http_${response.status}`)
  if (errorCode || body?.actionSucceed === false) return unavailable(errorCode ?? 'action_failed')
  const valid = typeof body?.valid === 'boolean' ? body.valid : typeof body?.isValid === 'boolean' ? body.isValid : null
  if (valid === null) return unavailable('unexpected_response')

  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() && value.trim() !== '---' ? value.trim() : undefined
  const result: ViesResult = { status: valid ? 'valid' : 'invalid', ...base }
  const name = text(body?.name)
  const address = text(body?.address)
  const requestIdentifier = text(body?.requestIdentifier)
  if (name) result.name = name
  if (address) result.address = address
  if (requestIdentifier) result.requestIdentifier = requestIdentifier
  return result
}

/**
 * The VIES check an invoice needs, or null: only when VIES_CHECK=1 and the answer can change the treatment, i.e.
 * a business customer in another member state whose number passes the offline checks. The invoices service stores
 * the result on the invoice and passes it to computeInvoiceVat as `vies`.
 */
export async function viesCheckForInvoice(
  input: Pick<VatInput, 'seller' | 'customer'>,
  options: ViesCheckOptions & { env?: Record<string, string | undefined> } = {},
): Promise<ViesResult | null> {
  const config = viesConfig(options.env)
  const { seller, customer } = input
  if (!config.enabled || customer.type !== 'business' || !customer.vatNumber?.trim()) return null
  if (seller.vatStatus === 'franchise') return null // no VAT whoever buys: the answer changes nothing
  if (!isEuMemberState(customer.country) || customer.country === seller.country) return null
  if (!checkCustomerVatNumber(customer.vatNumber, customer.country).valid) return null
  return checkVies(customer.vatNumber, customer.country, {
    apiUrl: options.apiUrl ?? config.apiUrl,
    timeoutMs: options.timeoutMs ?? config.timeoutMs,
    now: options.now,
  })
}

import type { Locale } from '@/services/locales'

/** An error answer as the wizard shows it: one message for the form, and messages per input field when the server named them. */
export type SignupApiError = {
  status: number
  message: string
  fields: Record<string, string>
  /** A mailto: link to the platform, when the refusal offers one (a taken Letzshop shop). */
  contact?: string | null
}

export type SignupApiResult<T> = { ok: true; data: T } | { ok: false; error: SignupApiError }

/** Whether the plan comes with the free trial; `message` says why not (the shop, VAT number or card had one). */
export type SignupTrial = { offered: boolean; usedBy: 'shop' | 'vatNumber' | 'card' | null; message: string | null }

export type SignupProgress = {
  sessionId?: string
  trial: SignupTrial
  steps: { plan: boolean; claim: boolean; account: boolean; setupIntent: boolean; complete: boolean }
  plan: { platform: string | null; tier: string | null; billingPeriod: 'monthly' | 'annual' }
  shop: { id: string; slug: string; name: string } | null
  account: { email: string; companyName: string; country: string; vatNumber: string | null; locale: string } | null
}

export type LetzshopShop = {
  id: string
  slug: string
  name: string
  city: string | null
  country: string | null
  url: string
  logoUrl: string | null
  claimed: boolean
  held: boolean
  /** What claiming it would answer (a vendor owns it, or a signup holds it for some minutes), or null when free. */
  taken: { message: string; contact: string | null } | null
}

type ErrorEntry = {
  message?: unknown
  data?: { errors?: { path?: unknown; message?: unknown }[]; contact?: unknown } | null
}

/**
 * Reads Payload's {"errors":[{"message", data?}]} answer: `data.errors[].path` (Payload's ValidationError shape, which
 * our endpoints use for input fields) gives the per-field messages; the first one per field wins.
 */
export function signupApiError(status: number, body: unknown, fallback: string): SignupApiError {
  const entries: ErrorEntry[] = Array.isArray((body as { errors?: unknown } | null)?.errors)
    ? (body as { errors: ErrorEntry[] }).errors
    : []
  const fields: Record<string, string> = {}
  for (const entry of entries) {
    for (const field of entry.data?.errors ?? []) {
      if (
        typeof field.path === 'string' &&
        field.path !== '' &&
        typeof field.message === 'string' &&
        !(field.path in fields)
      )
        fields[field.path] = field.message
    }
  }
  const messages = entries
    .map((entry) => entry.message)
    .filter((message): message is string => typeof message === 'string' && message !== '')
  const contact = entries.map((entry) => entry.data?.contact).find((value) => typeof value === 'string') as
    string | undefined
  return { status, message: messages.join(' ') || fallback, fields, contact: contact ?? null }
}

/** One call to the signup or Letzshop endpoints, answered in the visitor's language; a network failure is status 0. */
async function call<T>(path: string, locale: Locale, fallback: string, body?: unknown): Promise<SignupApiResult<T>> {
  let response: Response
  try {
    response = await fetch(`/api/platform/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Accept-Language': locale, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    })
  } catch {
    return { ok: false, error: { status: 0, message: fallback, fields: {} } }
  }
  const json: unknown = await response.json().catch(() => null)
  return response.ok
    ? { ok: true, data: json as T }
    : { ok: false, error: signupApiError(response.status, json, fallback) }
}

/** The signup endpoints (docs/signup.md, docs/api.md#signup) and the Letzshop shop search, for the wizard. */
export function signupApi(locale: Locale, fallback: string, platform?: string) {
  return {
    start: (input: { platform: string; tier: string; billingPeriod: 'monthly' | 'annual' }) =>
      call<{ sessionId: string }>('signup/start', locale, fallback, input),
    session: (sessionId: string) =>
      call<SignupProgress>(`signup/session?${new URLSearchParams({ sessionId })}`, locale, fallback),
    claim: (sessionId: string, shop: { letzshopSlug: string } | { letzshopUrl: string }) =>
      call<SignupProgress>('signup/claim', locale, fallback, { sessionId, ...shop }),
    account: (
      sessionId: string,
      account: { email: string; password: string; companyName: string; country: string; vatNumber: string | null },
    ) => call<SignupProgress>('signup/account', locale, fallback, { sessionId, ...account, locale }),
    setupIntent: (sessionId: string) =>
      call<{ clientSecret: string; publishableKey: string }>('signup/setup-intent', locale, fallback, { sessionId }),
    complete: (sessionId: string, setupIntentId: string) =>
      call<{
        vendor: { id: number | string; slug: string }
        subscription: { status: string; trialEndsAt: string | null }
        trial: SignupTrial
      }>('signup/complete', locale, fallback, { sessionId, setupIntentId }),
    searchShops: (query: string) =>
      call<{ vendors: LetzshopShop[] }>(
        `letzshop-vendors?${new URLSearchParams({ q: query, ...(platform ? { platform } : {}) })}`,
        locale,
        fallback,
      ),
  }
}

export type SignupApi = ReturnType<typeof signupApi>

/**
 * The billing endpoints as the admin's billing page calls them (DESIGN.md section 5 "Billing"): the admin's own
 * cookie, `?vendor=` / `?platform=` naming whose billing it is, and the endpoints' error messages (already in the
 * user's language) handed back as they are.
 */
import type { BillingAction, ChangesRefused } from '@/services/billing/billingActions'
import type { LimitKey } from '@/services/tiers/limitKeys'

export type BillingPeriod = 'monthly' | 'annual'
export type Limits = Record<LimitKey, number | null>
export type AddOnInfo = {
  code: string
  name: string
  description?: string | null
  price: number
  interval: 'month' | 'year' | 'once'
  raises: { limit: string; amount: number } | null
}

export type Dunning = { since: string; graceEndsAt: string; daysLeft: number; readOnly: boolean }

export type Subscription = {
  vendor: { id: number; slug: string; name: string }
  platform: { code: string; name: string }
  tier: { code: string; name: string; priceMonthly: number; priceAnnual: number; features: string[] }
  status: 'trialing' | 'active' | 'past_due' | 'canceled' | 'expired' | null
  billingPeriod: BillingPeriod | null
  trialEndsAt: string | null
  currentPeriodStart: string | null
  currentPeriodEnd: string | null
  addOns: AddOnInfo[]
  limits: Limits
  readOnly: boolean
  /** False for a shop an admin added without Stripe. */
  billedOnStripe: boolean
  /** What the change endpoints accept now, by their own rules: the page offers only these. */
  actions: Record<BillingAction, boolean>
  /** Why no change is possible (not billed on Stripe, ended, none yet), or null. */
  changesRefused: ChangesRefused | null
  cancelAtPeriodEnd?: boolean
  /** A change waiting for the period's end (a downgrade, annual to monthly). */
  pendingChange?: {
    tier: { code: string; name: string } | null
    billingPeriod: BillingPeriod | null
    at: string
  } | null
  dunning?: Dunning | null
}

/** GET /api/billing/payment-method: the card Stripe charges; `brand` as Stripe names it (`visa`, `mastercard`, …). */
export type Card = { brand: string; last4: string; expMonth: number; expYear: number }

export type Usage = { usage: Record<LimitKey, { used: number; limit: number | null; percent: number | null }> }

export type Pricing = {
  currency: string
  tiers: { code: string; name: string; priceMonthly: number; priceAnnual: number; limits: Limits; features: string[] }[]
  addOns: AddOnInfo[]
}

export type SubscriptionInvoiceLine = {
  description: string
  amount: number
  proration: boolean
  periodStart: string | number | null
  periodEnd: string | number | null
}
export type SubscriptionInvoicePreview = {
  currency: string
  total: number
  amountDue: number
  lines: SubscriptionInvoiceLine[]
}
/** With `?tier=` / `?billingPeriod=`: the change priced, and whether it applies now (upgrades, trials) or at the period's end. */
export type PlanChangePreview = {
  invoice: SubscriptionInvoicePreview | null
  change: { direction: 'upgrade' | 'downgrade'; effective: 'now' | 'period_end' } | null
}
export type SubscriptionInvoice = {
  id: string
  number: string | null
  date: string | number | null
  total: number
  currency: string
  status: string | null
  pdf: string | null
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

type Json = Record<string, unknown>
const record = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {})
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : Array.isArray(record(value).data) ? (record(value).data as unknown[]) : []
const num = (...values: unknown[]): number => Number(values.find((value) => typeof value === 'number') ?? 0)
const text = (...values: unknown[]): string | null =>
  (values.find((value) => typeof value === 'string' && value !== '') as string | undefined) ?? null
const when = (...values: unknown[]): string | number | null =>
  (values.find((value) => (typeof value === 'string' && value !== '') || typeof value === 'number') as
    string | number | undefined) ?? null

/** A subscription invoice (preview) as the billing endpoints answer it: cents, ISO dates, lines with their periods. */
export function readSubscriptionInvoicePreview(body: unknown): SubscriptionInvoicePreview {
  const invoice = record(body)
  return {
    currency: text(invoice.currency) ?? 'eur',
    total: num(invoice.total),
    amountDue: num(invoice.amountDue, invoice.total),
    lines: list(invoice.lines).map((raw) => {
      const line = record(raw)
      const period = record(line.period)
      return {
        description: text(line.description) ?? '',
        amount: num(line.amount),
        proration: Boolean(line.proration),
        periodStart: when(period.start, line.periodStart),
        periodEnd: when(period.end, line.periodEnd),
      }
    }),
  }
}

/** GET /api/billing/upcoming-invoice answers `{invoice, change}`; `invoice: null` when no subscription invoice is coming. */
export function readPlanChangePreview(body: unknown): PlanChangePreview {
  const { invoice, change } = record(body)
  const changed = record(change)
  return {
    invoice: invoice ? readSubscriptionInvoicePreview(invoice) : null,
    change: change
      ? {
          direction: changed.direction === 'downgrade' ? 'downgrade' : 'upgrade',
          effective: changed.effective === 'period_end' ? 'period_end' : 'now',
        }
      : null,
  }
}

/** GET /api/billing/invoices answers `{invoices}`: the subscription invoices, newest first, with their PDF links. */
export function readSubscriptionInvoices(body: unknown): SubscriptionInvoice[] {
  return list(record(body).invoices).map((raw) => {
    const invoice = record(raw)
    return {
      id: text(invoice.id) ?? '',
      number: text(invoice.number),
      date: when(invoice.date),
      total: num(invoice.total),
      currency: text(invoice.currency) ?? 'eur',
      status: text(invoice.status),
      pdf: text(invoice.pdfUrl),
    }
  })
}

export type BillingScope = { vendor?: string; platform?: string }

/** Calls `/api/<path>` for the scope's vendor and platform; any failure comes back as the server's message. */
export function billingClient(apiBase: string, scope: BillingScope, networkMessage: string) {
  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    options: { query?: Record<string, string>; body?: unknown; unscoped?: boolean } = {},
  ): Promise<ApiResult<T>> {
    const query = new URLSearchParams(options.query)
    if (scope.vendor && !options.unscoped) query.set('vendor', scope.vendor)
    if (scope.platform && !options.unscoped) query.set('platform', scope.platform)
    try {
      const response = await fetch(`${apiBase}${path}${query.size > 0 ? `?${query}` : ''}`, {
        method,
        credentials: 'include',
        headers: options.body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      })
      const body = await response.json().catch(() => null)
      if (response.ok) return { ok: true, data: body as T }
      const message = record(list(record(body).errors)[0]).message
      return {
        ok: false,
        status: response.status,
        message: typeof message === 'string' ? message : `${response.status} ${response.statusText}`,
      }
    } catch {
      return { ok: false, status: 0, message: networkMessage }
    }
  }
  return {
    subscription: () => call<Subscription>('GET', '/billing/subscription'),
    usage: () => call<Usage>('GET', '/billing/usage'),
    upcomingSubscriptionInvoice: async (change?: {
      tier: string
      billingPeriod: BillingPeriod
    }): Promise<ApiResult<PlanChangePreview>> => {
      const result = await call<unknown>('GET', '/billing/upcoming-invoice', { query: change })
      return result.ok ? { ok: true, data: readPlanChangePreview(result.data) } : result
    },
    subscriptionInvoices: async (): Promise<ApiResult<SubscriptionInvoice[]>> => {
      const result = await call<unknown>('GET', '/billing/invoices')
      return result.ok ? { ok: true, data: readSubscriptionInvoices(result.data) } : result
    },
    /** Public; the platform's code is enough. Plans and add-ons named in `locale`. */
    pricing: (platform: string, locale: string) =>
      call<Pricing>('GET', '/platform/pricing', { query: { platform, locale }, unscoped: true }),
    /** Answers the subscription after the change. */
    changeTier: (tier: string, billingPeriod: BillingPeriod) =>
      call<Subscription>('POST', '/billing/change-tier', { body: { tier, billingPeriod } }),
    addAddOn: (code: string) => call<unknown>('POST', '/billing/addons', { body: { code } }),
    removeAddOn: (code: string) => call<unknown>('DELETE', `/billing/addons/${encodeURIComponent(code)}`),
    cancel: () => call<unknown>('POST', '/billing/cancel'),
    resume: () => call<unknown>('POST', '/billing/resume'),
    card: async (): Promise<ApiResult<Card | null>> => {
      const result = await call<{ card: Card | null }>('GET', '/billing/payment-method')
      return result.ok ? { ok: true, data: result.data.card } : result
    },
    /** A SetupIntent for the new card, confirmed in the browser by Stripe.js ... */
    paymentMethod: () =>
      call<{ clientSecret: string; publishableKey: string; setupIntentId: string }>('POST', '/billing/payment-method'),
    /** ... then made the subscription's card. */
    useCard: (setupIntentId: string) => call<unknown>('POST', '/billing/payment-method', { body: { setupIntentId } }),
  }
}

export type BillingClient = ReturnType<typeof billingClient>

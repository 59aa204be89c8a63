import { APIError } from 'payload'
import Stripe from 'stripe'

import { secretKeyProblem, webhookSecretProblem } from './settingsProblems'

export { webhookSecretProblem }

/**
 * The app's Stripe client and settings, read from the environment. There is no fallback: with a variable unset the
 * feature answers 503 naming it. `npm run dev` points STRIPE_API_URL at the local stand-in (scripts/stand-ins/stripe)
 * when no Stripe keys are configured; `npm start` never does.
 */

type Environment = Record<string, string | undefined>

/**
 * The Stripe API version of every call, pinned rather than left to the SDK's default so that an SDK upgrade cannot
 * change Stripe's answers unnoticed. The webhook endpoint must be created with the same version (events are rendered
 * in the endpoint's version; docs/billing-and-webhooks.md). Moving it means moving the `stripe` package, this constant
 * and the stand-in's published types (`npm run stand-ins:stripe-types`) together.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive' satisfies Stripe.LatestApiVersion

/**
 * A Stripe setting the server lacks or has in a form it cannot use: 503, naming the variable, in English for the
 * operator. Not a domain refusal (src/services/errors.ts): the server is misconfigured, whoever asks and whatever for.
 */
export class StripeNotConfiguredError extends APIError {
  readonly variable: string

  constructor(variable: string, problem = 'is not set') {
    super(
      `Payments are unavailable: the server's ${variable} ${problem}. The operator must configure Stripe (docs/billing-and-webhooks.md, Stripe configuration).`,
      503,
      null,
      true,
    )
    this.variable = variable
  }
}

/**
 * Chosen for a time-out's unknown outcome (docs/billing-and-webhooks.md, Time-outs): 20 s per call, so that a slow
 * but successful Stripe (seconds under load) is still a known answer, and no database transaction is open while it
 * waits; one retry, sent by the SDK with the same idempotency key, which replays what Stripe finished meanwhile (or
 * meets 409 while Stripe still works, then answered as unconfirmed). At most about 41 s per call, under the 60 s a
 * reverse proxy commonly allows a request.
 */
const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_MAX_NETWORK_RETRIES = 1

const present = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value : undefined)

const nonNegativeInteger = (env: Environment, variable: string, fallback: number): number => {
  const raw = present(env[variable])
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw.trim())) throw new StripeNotConfiguredError(variable, `must be a whole number, got "${raw}"`)
  return Number(raw.trim())
}

/** host/port/protocol for the SDK from STRIPE_API_URL (e.g. http://127.0.0.1:12111); nothing when it is unset (api.stripe.com). */
export function stripeApiAddress(apiUrl: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  const raw = present(apiUrl)
  if (raw === undefined) return {}
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new StripeNotConfiguredError(
      'STRIPE_API_URL',
      `must be an absolute URL such as http://127.0.0.1:12111, got "${raw}"`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StripeNotConfiguredError('STRIPE_API_URL', `must start with http:// or https://, got "${raw}"`)
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol }
}

/** The SDK's options for an environment: STRIPE_SECRET_KEY (required), STRIPE_API_URL, STRIPE_TIMEOUT_MS, STRIPE_MAX_NETWORK_RETRIES. */
export function stripeClientOptions(env: Environment = process.env): {
  secretKey: string
  config: Stripe.StripeConfig
} {
  const secretKey = present(env.STRIPE_SECRET_KEY)
  if (secretKey === undefined) throw new StripeNotConfiguredError('STRIPE_SECRET_KEY')
  const keyProblem = secretKeyProblem(secretKey)
  if (keyProblem) throw new StripeNotConfiguredError('STRIPE_SECRET_KEY', keyProblem)
  return {
    secretKey,
    config: {
      ...stripeApiAddress(env.STRIPE_API_URL),
      apiVersion: STRIPE_API_VERSION,
      timeout: nonNegativeInteger(env, 'STRIPE_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
      maxNetworkRetries: nonNegativeInteger(env, 'STRIPE_MAX_NETWORK_RETRIES', DEFAULT_MAX_NETWORK_RETRIES),
      appInfo: { name: 'letzshop-platforms' },
    },
  }
}

let cached: { key: string; client: Stripe } | undefined

/** The Stripe client for this server's environment (one per distinct configuration); throws StripeNotConfiguredError. */
export function stripeClient(env: Environment = process.env): Stripe {
  const { secretKey, config } = stripeClientOptions(env)
  const key = JSON.stringify([secretKey, config])
  if (cached?.key !== key) cached = { key, client: new Stripe(secretKey, config) }
  return cached.client
}

export type StripeConfig = {
  /** STRIPE_PUBLISHABLE_KEY, for Stripe.js in the browser. */
  publishableKey: string | undefined
  /** STRIPE_WEBHOOK_SECRET, to verify webhook signatures. */
  webhookSecret: string | undefined
  /** STRIPE_JS_URL, default https://js.stripe.com/v3 (the stand-in serves its own at <STRIPE_API_URL>/v3). */
  jsUrl: string
}

export const DEFAULT_STRIPE_JS_URL = 'https://js.stripe.com/v3'

export function stripeConfig(env: Environment = process.env): StripeConfig {
  return {
    publishableKey: present(env.STRIPE_PUBLISHABLE_KEY)?.trim(),
    webhookSecret: present(env.STRIPE_WEBHOOK_SECRET),
    jsUrl: present(env.STRIPE_JS_URL)?.trim() ?? DEFAULT_STRIPE_JS_URL,
  }
}

/** The publishable key for the browser; throws StripeNotConfiguredError when unset or not a `pk_` key. */
export function stripePublishableKey(env: Environment = process.env): string {
  const key = stripeConfig(env).publishableKey
  if (key === undefined) throw new StripeNotConfiguredError('STRIPE_PUBLISHABLE_KEY')
  if (!key.startsWith('pk_'))
    throw new StripeNotConfiguredError(
      'STRIPE_PUBLISHABLE_KEY',
      'must start with pk_ (a publishable key, never the secret key)',
    )
  return key
}

/** The webhook signing secret; throws StripeNotConfiguredError when unset or malformed (see webhookSecretProblem). */
export function stripeWebhookSecret(env: Environment = process.env): string {
  const secret = env.STRIPE_WEBHOOK_SECRET
  const problem = webhookSecretProblem(secret)
  if (problem) throw new StripeNotConfiguredError('STRIPE_WEBHOOK_SECRET', problem)
  return secret as string
}

/**
 * Start-up check of the Stripe settings: one sentence per problem, empty when all is well or Stripe is not configured
 * at all (then signup answers 503 naming STRIPE_SECRET_KEY).
 */
export function stripeStartupProblems(env: Environment = process.env): string[] {
  if (present(env.STRIPE_SECRET_KEY) === undefined) return []
  const problems: string[] = []
  const collect = (check: () => unknown) => {
    try {
      check()
    } catch (error) {
      if (error instanceof StripeNotConfiguredError) problems.push(error.message)
      else throw error
    }
  }
  collect(() => stripeClientOptions(env))
  collect(() => stripePublishableKey(env))
  collect(() => stripeWebhookSecret(env))
  return problems
}

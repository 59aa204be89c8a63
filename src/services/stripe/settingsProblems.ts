/**
 * What is wrong with a Stripe setting, as plain functions without imports: the launcher (scripts/run.ts) checks the
 * settings before it starts anything, and loading the Payload-based client there would cost seconds.
 */

export function secretKeyProblem(key: string): string | null {
  if (/\s/.test(key)) return 'contains whitespace or a line break (copy the key again, without spaces or a newline)'
  if (!/^(sk|rk)_(test|live)_/.test(key))
    return 'must be a secret key starting with sk_test_ or sk_live_ (or a restricted rk_ key)'
  return null
}

/**
 * What is wrong with a webhook signing secret, or null when it looks usable. A secret with a stray space or newline
 * (a common copy-paste slip) fails every signature check with a message that does not say why, hence this check at
 * start-up.
 */
export function webhookSecretProblem(secret: string | undefined): string | null {
  if (secret === undefined || secret === '') return 'is not set'
  if (/\s/.test(secret))
    return 'contains whitespace or a line break (copy the whsec_ secret again, without spaces or a newline)'
  if (!secret.startsWith('whsec_'))
    return 'must start with whsec_ (the signing secret of the webhook endpoint, not an API key)'
  return null
}

/**
 * The launcher's check (scripts/run.ts): when STRIPE_SECRET_KEY is set, the key and the webhook signing secret must be
 * usable. One sentence per problem naming the variable; none when Stripe is not configured at all.
 */
export function stripeLaunchProblems(env: Record<string, string | undefined>): string[] {
  const key = env.STRIPE_SECRET_KEY
  if (key === undefined || key.trim() === '') return []
  const problems: string[] = []
  const keyProblem = secretKeyProblem(key)
  if (keyProblem) problems.push(`STRIPE_SECRET_KEY ${keyProblem}.`)
  const secretProblem = webhookSecretProblem(env.STRIPE_WEBHOOK_SECRET)
  if (secretProblem)
    problems.push(
      `STRIPE_WEBHOOK_SECRET ${secretProblem}: Stripe's webhook events (subscription changes, failed payments) would all be refused.`,
    )
  return problems
}

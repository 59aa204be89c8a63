/**
 * The origins Payload trusts for cookie-authenticated requests (`csrf`) and answers with CORS credentials
 * (`cors`): `SERVER_URL` (where the admin is served) plus `PLATFORM_ORIGINS`, a comma-separated list of the
 * platforms' site origins (`https://oms.example.lu,https://loyalty.example.lu`).
 *
 * Payload takes both lists once, when the config is built, and compares a request's `Origin` against them on every
 * request; so a platform domain added later in the admin is trusted after it is added to PLATFORM_ORIGINS and the
 * app restarted. With neither variable set (development, tests) the lists are empty and Payload checks no origin:
 * its auth cookie stays `SameSite=Lax`, which already keeps other sites' forms and fetches from sending it.
 */
export function trustedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const entries = [
    ...(env.SERVER_URL ? [['SERVER_URL', env.SERVER_URL] as const] : []),
    ...(env.PLATFORM_ORIGINS ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
      .map((value) => ['PLATFORM_ORIGINS', value] as const),
  ]
  return [...new Set(entries.map(([name, value]) => originOf(name, value)))]
}

function originOf(name: string, value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {}
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new Error(`${name} must list origins such as https://oms.example.lu; "${value}" is not one.`)
  }
  return url.origin
}

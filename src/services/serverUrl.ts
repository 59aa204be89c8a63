/**
 * SERVER_URL: the absolute address the admin is served at (`https://admin.example.lu`), the base of every link in
 * mails. Production refuses to start without it (scripts/run.ts): a mail sent without a request (jobs) or through a
 * proxy would otherwise link to localhost or carry a relative link no mail client can open.
 */
export function serverUrlProblem(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.SERVER_URL?.trim()
  if (!value)
    return 'SERVER_URL is not set: production needs the absolute address the admin is served at (https://admin.example.lu), for the links in mails.'
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {}
  if (!url || !['http:', 'https:'].includes(url.protocol))
    return `SERVER_URL must be an absolute address such as https://admin.example.lu; got "${value}".`
  return null
}

/** The base of links in mails: SERVER_URL, else (development) the origin the request came to, else localhost. */
export function publicBaseUrl(req?: { url?: string | null }): string {
  const configured = process.env.SERVER_URL?.trim().replace(/\/+$/, '')
  if (configured) return configured
  try {
    return new URL(req?.url ?? '').origin
  } catch {
    return 'http://localhost:3000'
  }
}

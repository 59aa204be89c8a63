const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/
const HOSTS = new Set(['letzshop.lu', 'www.letzshop.lu'])
const VENDOR_PATH = /^\/(?:(?:fr|de|en)\/)?vendors\/([^/]+)\/?$/

/**
 * The Letzshop vendor slug a person gave us: a slug (`boulangerie-hoffmann`) or the shop's page on Letzshop,
 * `https://letzshop.lu/<fr|de|en>/vendors/<slug>` or without the language, with or without `www.`, `https://`,
 * a trailing slash, a query or a fragment. Anything else is `null`.
 */
export function parseVendorReference(input: string): string | null {
  const text = input.trim()
  if (text.length === 0 || text.length > 300) return null
  if (SLUG.test(text.toLowerCase()) && text.length <= 100) return text.toLowerCase()

  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || url.port || !HOSTS.has(url.hostname)) return null
  const match = VENDOR_PATH.exec(url.pathname.toLowerCase())
  if (!match) return null
  let slug: string
  try {
    slug = decodeURIComponent(match[1])
  } catch {
    return null
  }
  return SLUG.test(slug) && slug.length <= 100 ? slug : null
}

/** The public page of a shop on Letzshop (French is Letzshop's first language). */

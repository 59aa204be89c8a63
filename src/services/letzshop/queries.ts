/**
 * Every GraphQL document the app sends to Letzshop, and how its answer becomes a `LetzshopVendor`: the one file to
 * correct against Letzshop's real schema, which is not public. Known: vendors are addressed by `slug` (formerly
 * `permalink`). The stand-in (scripts/stand-ins/letzshop) answers exactly these documents.
 */

/** A Letzshop shop, as the app uses it. */
export type LetzshopVendor = {
  id: string
  slug: string
  name: string
  city: string | null
  country: string | null
  url: string
  logoUrl: string | null
  /** The languages the shop presents itself in (`fr`, `de`, `en`). */
  languages: string[]
}

const VENDOR_FIELDS = `
  id
  slug
  name
  url
  languages
  logo { url }
  location { city country }
`

export const VENDOR_BY_SLUG = `
query LetzshopVendorBySlug($slug: String!) {
  vendor(slug: $slug) {${VENDOR_FIELDS}}
}`

export const SEARCH_VENDORS = `
query LetzshopSearchVendors($search: String!, $first: Int!) {
  vendors(search: $search, first: $first) {
    nodes {${VENDOR_FIELDS}}
  }
}`

/** The shape of one vendor in Letzshop's answers to the documents above. */
export type RawVendor = {
  id: string
  slug: string
  name: string
  url: string
  languages?: string[] | null
  logo?: { url: string } | null
  location?: { city?: string | null; country?: string | null } | null
}

export type VendorBySlugData = { vendor: RawVendor | null }
export type SearchVendorsData = { vendors: { nodes: RawVendor[] } }

export const toLetzshopVendor = (raw: RawVendor): LetzshopVendor => ({
  id: String(raw.id),
  slug: raw.slug,
  name: raw.name,
  city: raw.location?.city ?? null,
  country: raw.location?.country ?? null,
  url: raw.url,
  logoUrl: raw.logo?.url ?? null,
  languages: raw.languages ?? [],
})

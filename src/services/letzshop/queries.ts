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

/*
 * The order API (a shop's key, bearer): the shop the key opens, its unconfirmed shipments page by page, and the
 * answers sent back. Letzshop confirms per inventory unit (`isAvailable`), states unconfirmed → confirmed_available /
 * confirmed_unavailable; addresses live on the order.
 */

export const KEY_SHOP = `
query LetzshopKeyShop {
  me { vendor { id slug name } }
}`

export type KeyShopData = { me: { vendor: { id: string; slug: string; name: string } } }

export const UNCONFIRMED_SHIPMENTS = `
query LetzshopUnconfirmedShipments($first: Int!, $after: String) {
  shipments(state: "unconfirmed", first: $first, after: $after) {
    nodes {
      id
      number
      createdAt
      order {
        id
        number
        email
        shipAddress { firstName lastName street zipCode city country }
      }
      inventoryUnits { id state sku name price }
    }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`

export type RawShipment = {
  id: string
  number: string
  createdAt: string
  order: {
    id: string
    number: string
    email?: string | null
    shipAddress?: {
      firstName?: string | null
      lastName?: string | null
      street?: string | null
      zipCode?: string | null
      city?: string | null
      country?: string | null
    } | null
  }
  /** `price`: the unit's price in euros, VAT included, as Letzshop shows it. */
  inventoryUnits: { id: string; state: string; sku?: string | null; name: string; price: number }[]
}

export type UnconfirmedShipmentsData = {
  shipments: {
    nodes: RawShipment[]
    pageInfo: { endCursor: string | null; hasNextPage: boolean }
    totalCount: number
  }
}

export const CONFIRM_INVENTORY_UNITS = `
mutation LetzshopConfirmInventoryUnits($units: [InventoryUnitAnswer!]!) {
  confirmInventoryUnits(input: { inventoryUnits: $units }) {
    inventoryUnits { id state }
    errors { id code message }
  }
}`

export type ConfirmInventoryUnitsData = {
  confirmInventoryUnits: {
    inventoryUnits: { id: string; state: string }[]
    errors: { id?: string | null; code: string; message: string }[]
  }
}

export const SET_SHIPMENT_TRACKING = `
mutation LetzshopSetShipmentTracking($shipmentId: ID!, $code: String!) {
  setShipmentTracking(input: { shipmentId: $shipmentId, code: $code }) {
    errors { id code message }
  }
}`

export type SetShipmentTrackingData = {
  setShipmentTracking: { errors: { id?: string | null; code: string; message: string }[] }
}

/** A Letzshop shipment as an order of ours: one line per inventory unit (Letzshop confirms unit by unit). */
export type LetzshopOrder = {
  /** The shipment's id: what one order of ours is idempotent on. */
  externalId: string
  number: string
  placedAt: string
  customerName: string
  customerEmail: string | null
  shippingAddress: {
    name: string
    street: string | null
    postalCode: string | null
    city: string | null
    country: string | null
  }
  units: { id: string; state: string; sku: string | null; name: string; unitPrice: number }[]
}

/** Euros (a float as Letzshop sends it) to integer cents, rounded half away from zero on the decimal text. */
export const euroToCents = (euros: number): number => Math.round(Number((euros * 100).toFixed(6)))

export const toLetzshopOrder = (raw: RawShipment): LetzshopOrder => {
  const address = raw.order.shipAddress ?? {}
  const name = [address.firstName, address.lastName].filter(Boolean).join(' ').trim()
  return {
    externalId: String(raw.id),
    number: raw.number,
    placedAt: new Date(raw.createdAt).toISOString(),
    customerName: name || raw.order.email || raw.number,
    customerEmail: raw.order.email ?? null,
    shippingAddress: {
      name,
      street: address.street ?? null,
      postalCode: address.zipCode ?? null,
      city: address.city ?? null,
      country: address.country ?? null,
    },
    units: raw.inventoryUnits.map((unit) => ({
      id: String(unit.id),
      state: unit.state,
      sku: unit.sku ?? null,
      name: unit.name,
      unitPrice: euroToCents(unit.price),
    })),
  }
}

/**
 * The stand-in's order API for one shop (the one whose key the request carries): its unconfirmed shipments page by
 * page (`after` is the last id of the previous page), `confirmInventoryUnits` and `setShipmentTracking`, which
 * change the held shipments and are recorded in `calls`.
 */
import type { FixtureVendor } from './server'

export type FixtureUnit = { id: string; state: string; sku: string | null; name: string; price: number }

export type FixtureShipment = {
  id: string
  number: string
  state: string
  createdAt: string
  trackingNumber?: string | null
  order: {
    id: string
    number: string
    email: string | null
    shipAddress: {
      firstName: string | null
      lastName: string | null
      street: string | null
      zipCode: string | null
      city: string | null
      country: string | null
    } | null
  }
  inventoryUnits: FixtureUnit[]
}

/** Shipments by shop slug. */
export type ShopShipments = Record<string, FixtureShipment[]>

export type ShipmentCall =
  | { shop: string; kind: 'confirm'; inventoryUnitId: string; isAvailable: boolean }
  | { shop: string; kind: 'tracking'; shipmentId: string; code: string }

const isUnconfirmed = (shipment: FixtureShipment) =>
  shipment.inventoryUnits.some((unit) => unit.state === 'unconfirmed')

export function shipmentsRoot(vendor: FixtureVendor, shipments: FixtureShipment[], calls: ShipmentCall[]) {
  return {
    me: () => ({ vendor }),
    shipments: ({ state, first, after }: { state: string; first: number; after?: string | null }) => {
      const matching = shipments.filter((shipment) => (state === 'unconfirmed' ? isUnconfirmed(shipment) : true))
      const start = after ? matching.findIndex((shipment) => shipment.id === after) + 1 : 0
      const nodes = matching.slice(start, start + Math.max(0, Math.min(first, 100)))
      return {
        nodes,
        totalCount: matching.length,
        pageInfo: { endCursor: nodes.at(-1)?.id ?? null, hasNextPage: start + nodes.length < matching.length },
      }
    },
    confirmInventoryUnits: ({
      input,
    }: {
      input: { inventoryUnits: { inventoryUnitId: string; isAvailable: boolean }[] }
    }) => {
      const units = shipments.flatMap((shipment) => shipment.inventoryUnits)
      const changed: FixtureUnit[] = []
      const errors: { id: string; code: string; message: string }[] = []
      for (const { inventoryUnitId, isAvailable } of input.inventoryUnits) {
        const unit = units.find((candidate) => candidate.id === inventoryUnitId)
        if (!unit) {
          errors.push({ id: inventoryUnitId, code: 'not_found', message: 'No such inventory unit' })
          continue
        }
        unit.state = isAvailable ? 'confirmed_available' : 'confirmed_unavailable'
        calls.push({ shop: vendor.slug, kind: 'confirm', inventoryUnitId, isAvailable })
        changed.push(unit)
      }
      return { inventoryUnits: changed, errors }
    },
    setShipmentTracking: ({ input }: { input: { shipmentId: string; code: string } }) => {
      const shipment = shipments.find((candidate) => candidate.id === input.shipmentId)
      if (!shipment)
        return { shipment: null, errors: [{ id: input.shipmentId, code: 'not_found', message: 'No such shipment' }] }
      shipment.trackingNumber = input.code
      calls.push({ shop: vendor.slug, kind: 'tracking', shipmentId: input.shipmentId, code: input.code })
      return { shipment, errors: [] }
    },
  }
}

import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'

import type { Platform, SubscriptionTier, Vendor } from '@/payload-types'

import { createUser, createVendor, omsPlatform } from './fixtures'
import { rest } from './payload'

/** Valid numbers (format and checksum) for the tests. */
export const VAT = { LU: 'LU26375245', FR: 'FR40303265045', DE: 'DE136695976', BE: 'BE0403170701' }
export const IBAN = 'LU28 0019 4006 4475 0000'

export const SETTINGS = {
  legalName: 'LuxCraft S.à r.l.',
  address: { street: '12 rue du Fort', postalCode: 'L-1234', city: 'Luxembourg', country: 'LU' },
  vatNumber: VAT.LU,
  rcsNumber: 'B123456',
  iban: IBAN,
  bic: 'BCEELULL',
  paymentTermsDays: 30,
  footer: 'Thank you for your order.',
}

export const LU_CONSUMER = {
  name: 'Anne Muller',
  email: 'anne@example.lu',
  type: 'consumer',
  address: { street: '1 rue de la Gare', postalCode: 'L-1611', city: 'Luxembourg', country: 'LU' },
}

export type InvoicingWorld = { platform: Platform; withInvoicing: SubscriptionTier; withoutInvoicing: SubscriptionTier }

/** The OMS platform with a tier that includes invoicing and one that does not. */
export async function invoicingWorld(payload: Payload): Promise<InvoicingWorld> {
  const {
    platform,
    tiers: [withInvoicing, withoutInvoicing],
  } = await omsPlatform(payload, [
    { code: 'inv', features: ['cms_basic', 'invoicing'] },
    { code: 'noinv', features: ['cms_basic'] },
  ])
  return { platform, withInvoicing, withoutInvoicing }
}

export type Shop = { vendor: Vendor; owner: string; member: string }

/** A vendor on OMS with an owner and a member; with `settings`, its invoice settings saved. */
export async function invoicingShop(
  payload: Payload,
  world: InvoicingWorld,
  { tier = world.withInvoicing, settings = {} as Record<string, unknown> | null } = {},
): Promise<Shop> {
  const vendor = await createVendor(payload, [{ platform: world.platform, tier }])
  const { token: owner } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
  const { token: member } = await createUser(payload, ['vendor-member'], { vendors: [vendor.id] })
  if (settings) {
    const saved = await rest('PATCH', '/api/vendor/invoice-settings', {
      token: owner,
      body: { ...SETTINGS, ...settings },
    })
    if (saved.status !== 200) throw new Error(`settings: ${JSON.stringify(saved.body)}`)
  }
  return { vendor, owner, member }
}

export const newInvoice = (token: string, body: Record<string, unknown>) =>
  rest('POST', '/api/vendor/invoices', { token, body })

export const linesInvoice = (token: string, extra: Record<string, unknown> = {}) =>
  newInvoice(token, {
    customer: LU_CONSUMER,
    lines: [
      { description: 'Leather wallet', quantity: 2, unitPrice: 3450 },
      { description: 'Book', quantity: 1, unitPrice: 2000, vatCategory: 'super_reduced' },
    ],
    ...extra,
  })

export const issue = (token: string, id: number, body?: Record<string, unknown>) =>
  rest('POST', `/api/vendor/invoices/${id}/issue`, { token, body })
export const creditNote = (token: string, id: number) =>
  rest('POST', `/api/vendor/invoices/${id}/credit-note`, { token })

/** A binary answer (PDF, XML) through Payload's REST handlers. */
export async function download(path: string, token?: string) {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }),
  })
  const body = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, body }
}

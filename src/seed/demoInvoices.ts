import { createLocalReq, type Payload } from 'payload'

import { createInvoice } from '@/services/invoices/createInvoice'
import {
  DEFAULT_CREDIT_NOTE_PREFIX,
  DEFAULT_NUMBER_PATTERN,
  DEFAULT_NUMBER_PREFIX,
} from '@/services/invoices/settingsRules'
import { inTransaction } from '@/services/transactions'

/** The demo vendor whose plan includes invoicing (Moselle Wines, OMS Professional): its settings and two invoices. */
export const DEMO_INVOICING = {
  vendor: 'moselle-wines',
  owner: 'owner@moselle-wines.lu',
  settings: {
    legalName: 'Moselle Wines S.à r.l.',
    address: { street: '7 route du Vin', postalCode: 'L-5501', city: 'Remich', country: 'LU' },
    vatNumber: 'LU12345613',
    rcsNumber: 'B654321',
    email: 'billing@moselle-wines.lu',
    iban: 'LU280019400644750000',
    bic: 'BCEELULL',
    paymentTermsDays: 30,
    footer: 'Moselle Wines S.à r.l. · 7 route du Vin · L-5501 Remich',
    // The shop's language: its new invoices start in French.
    language: 'fr' as const,
  },
}

/**
 * Invoice settings and two invoices for the demo vendor with invoicing: one issued to a Luxembourg consumer, one
 * draft to a French wine shop (intra-community, exempt). Made through the invoice service, as the shop's owner.
 * Idempotent: nothing is added once the vendor has settings.
 */
export async function seedDemoInvoices(payload: Payload, platformId: number, log: (message: string) => void) {
  const vendor = (
    await payload.find({
      collection: 'vendors',
      where: { slug: { equals: DEMO_INVOICING.vendor } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const owner = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: DEMO_INVOICING.owner } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!vendor || !owner) return
  const existing = await payload.count({
    collection: 'vendor-invoice-settings',
    where: { vendor: { equals: vendor.id } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return
  await payload.create({
    collection: 'vendor-invoice-settings',
    overrideAccess: true,
    data: {
      ...DEMO_INVOICING.settings,
      numberPrefix: DEFAULT_NUMBER_PREFIX,
      numberPattern: DEFAULT_NUMBER_PATTERN,
      creditNotePrefix: DEFAULT_CREDIT_NOTE_PREFIX,
      creditNotePattern: DEFAULT_NUMBER_PATTERN,
      ossRegistered: false,
      euDistanceSalesPreviousYear: 0,
      vatStatus: 'registered',
      turnoverPreviousYear: 0,
      vendor: vendor.id,
      platform: platformId,
    },
  })
  const req = await createLocalReq({ user: { ...owner, collection: 'users' } }, payload)
  const now = new Date()
  await inTransaction(req, () =>
    createInvoice(req, {
      vendorId: vendor.id,
      platformId,
      customer: {
        name: 'Anne Muller',
        email: 'anne.muller@example.lu',
        type: 'consumer',
        vatNumber: null,
        address: { street: '1 rue de la Gare', postalCode: 'L-1611', city: 'Luxembourg', country: 'LU' },
        locale: 'fr',
      },
      lines: [
        { description: 'Crémant de Luxembourg brut, 75 cl', quantity: 6, unitPrice: 1450, vatCategory: 'standard' },
        {
          description: 'Riesling Grand Premier Cru 2023, 75 cl',
          quantity: 3,
          unitPrice: 2200,
          vatCategory: 'standard',
        },
      ],
      supply: 'goods',
      issue: { email: false },
      now,
    }),
  )
  await inTransaction(req, () =>
    createInvoice(req, {
      vendorId: vendor.id,
      platformId,
      customer: {
        name: 'Cave Dupont SARL',
        email: 'achats@cave-dupont.example.fr',
        type: 'business',
        vatNumber: 'FR40303265045',
        address: { street: '12 rue des Vignes', postalCode: '57000', city: 'Metz', country: 'FR' },
        locale: 'fr',
      },
      lines: [
        { description: 'Pinot Gris 2024, carton de 12', quantity: 10, unitPrice: 11400, vatCategory: 'standard' },
      ],
      supply: 'goods',
      now,
    }),
  )
  log(`  invoices: settings and 2 invoices (1 issued, 1 draft) for ${DEMO_INVOICING.vendor}`)
}

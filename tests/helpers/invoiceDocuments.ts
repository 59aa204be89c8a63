import { deflateSync } from 'node:zlib'

import type { InvoiceDocument } from '../../src/services/invoices/document'
import type { VatBreakdownRow, VatCategory, VatLine } from '../../src/services/vat/types'

type LineSpec = { description: string; quantity: number; unitPrice: number; vatRate: number; vatCategory?: VatCategory }

/** Half-up rounding of cents × rate / 100 in integers (rates have at most one decimal here). */
function vatOf(net: number, rate: number): number {
  const tenths = Math.round(rate * 10)
  const sign = net < 0 ? -1 : 1
  return sign * Math.floor((Math.abs(net) * tenths + 500) / 1000)
}

/** Lines, breakdown and totals the way the VAT engine makes them: lines rounded on their own (informative), each
 * rate's VAT from the rate's taxable amount, rounded once. */
export function priced(specs: LineSpec[], sign: 1 | -1 = 1) {
  const lines: VatLine[] = specs.map((spec) => {
    const net = sign * spec.quantity * spec.unitPrice
    const vat = vatOf(net, spec.vatRate)
    return {
      description: spec.description,
      quantity: spec.quantity,
      unitPrice: spec.unitPrice,
      vatCategory: spec.vatCategory ?? 'standard',
      vatRate: spec.vatRate,
      net,
      vat,
      gross: net + vat,
    }
  })
  const byRate = new Map<number, VatBreakdownRow>()
  for (const line of lines) {
    const row = byRate.get(line.vatRate) ?? { vatRate: line.vatRate, net: 0, vat: 0 }
    row.net += line.net
    byRate.set(line.vatRate, row)
  }
  const vatBreakdown = [...byRate.values()]
    .map((row) => ({ ...row, vat: vatOf(row.net, row.vatRate) }))
    .sort((a, b) => b.vatRate - a.vatRate)
  const net = vatBreakdown.reduce((sum, row) => sum + row.net, 0)
  const vat = vatBreakdown.reduce((sum, row) => sum + row.vat, 0)
  return { lines, vatBreakdown, totals: { net, vat, gross: net + vat } }
}

/** A Luxembourg seller with every field filled (the logo aside). */
export const seller: InvoiceDocument['seller'] = {
  legalName: 'Épicerie Müller & Söhne S.à r.l.',
  address: { street: '12, rue de la Gare', postalCode: 'L-1611', city: 'Luxembourg', country: 'LU' },
  vatNumber: 'LU26375245',
  taxNumber: null,
  rcsNumber: 'B123456',
  iban: 'LU28 0019 4006 4475 0000',
  bic: 'BCEELULL',
  email: 'factures@mueller.lu',
  paymentTermsDays: 14,
  footer: 'Merci pour votre confiance – Vielen Dank für Ihren Einkauf!',
  logo: null,
  electronicAddress: { scheme: '9938', identifier: 'LU26375245' },
}

const base = {
  kind: 'invoice' as const,
  currency: 'EUR' as const,
  seller,
  creditNoteFor: null,
  orderReference: null,
}

/** Domestic B2C in Luxembourg (17 % and 3 %), English. */
export const domesticLu: InvoiceDocument = {
  ...base,
  number: 'INV-2026-0001',
  issueDate: '2026-11-20',
  supplyDate: '2026-11-18',
  dueDate: '2026-12-04',
  locale: 'en',
  customer: {
    name: 'Jean Weber',
    email: 'jean.weber@example.lu',
    type: 'consumer',
    vatNumber: null,
    address: { street: '5, Grand-Rue', postalCode: 'L-9051', city: 'Ettelbruck', country: 'LU' },
    electronicAddress: null,
  },
  vatTreatment: 'domestic',
  vatNote: null,
  orderReference: 'LS-100234',
  ...priced([
    { description: 'Crémant de Luxembourg brut, 75 cl', quantity: 3, unitPrice: 1299, vatRate: 17 },
    { description: 'Bouneschlupp soup, 500 ml', quantity: 2, unitPrice: 455, vatRate: 3, vatCategory: 'super_reduced' },
    { description: 'Gift wrapping', quantity: 1, unitPrice: 333, vatRate: 17 },
  ]),
}

/** B2C distance sale to France under OSS (French rates), in French. */
export const ossFr: InvoiceDocument = {
  ...base,
  number: 'INV-2026-0002',
  issueDate: '2026-11-21',
  supplyDate: '2026-11-21',
  dueDate: '2026-12-05',
  locale: 'fr',
  customer: {
    name: 'Hélène Lefèvre',
    email: 'helene.lefevre@example.fr',
    type: 'consumer',
    vatNumber: null,
    address: { street: '8, place de l’Église', postalCode: '57000', city: 'Metz', country: 'FR' },
    electronicAddress: null,
  },
  vatTreatment: 'oss',
  vatNote:
    'TVA due en France, déclarée par le vendeur via le guichet unique OSS (art. 369 bis et suivants de la directive 2006/112/CE).',
  ...priced([
    { description: 'Coffret de thés « Crème brûlée »', quantity: 2, unitPrice: 2490, vatRate: 20 },
    {
      description: 'Livre « Les Œuvres complètes »',
      quantity: 1,
      unitPrice: 1899,
      vatRate: 5.5,
      vatCategory: 'reduced',
    },
    { description: 'Bougie parfumée', quantity: 3, unitPrice: 1166, vatRate: 20 },
  ]),
}

/** Intra-Community B2B supply of goods to Germany (Art. 138), both VAT numbers, in German. */
export const intraCommunityDe: InvoiceDocument = {
  ...base,
  number: 'INV-2026-0003',
  issueDate: '2026-11-22',
  supplyDate: '2026-11-19',
  dueDate: '2026-12-06',
  locale: 'de',
  customer: {
    name: 'Großhandel Schäfer GmbH',
    email: 'einkauf@schaefer.de',
    type: 'business',
    vatNumber: 'DE136695976',
    address: { street: 'Königstraße 1', postalCode: '54290', city: 'Trier', country: 'DE' },
    electronicAddress: { scheme: '9930', identifier: 'DE136695976' },
  },
  vatTreatment: 'intra_community_exempt',
  vatNote: 'Steuerfreie innergemeinschaftliche Lieferung (Art. 138 Richtlinie 2006/112/EG).',
  ...priced([
    { description: 'Weißwein Rivaner, Karton zu 6 Flaschen', quantity: 10, unitPrice: 4500, vatRate: 0 },
    { description: 'Fußmatte „Grüß Gott“', quantity: 4, unitPrice: 1250, vatRate: 0 },
  ]),
}

/** B2B services to a Belgian business: reverse charge (Art. 196), in English. */
export const reverseChargeBe: InvoiceDocument = {
  ...base,
  number: 'INV-2026-0004',
  issueDate: '2026-11-23',
  supplyDate: '2026-11-23',
  dueDate: '2026-12-07',
  locale: 'en',
  customer: {
    name: 'Brasserie Dupont SPRL',
    email: null,
    type: 'business',
    vatNumber: 'BE0403019261',
    address: { street: 'Rue Basse 5', postalCode: '7904', city: 'Tourpes', country: 'BE' },
    electronicAddress: { scheme: '0208', identifier: '0403019261' },
  },
  vatTreatment: 'reverse_charge',
  vatNote: 'Reverse charge: VAT to be accounted for by the customer (Art. 196 Directive 2006/112/EC).',
  ...priced([{ description: 'Shop set-up consulting, hours', quantity: 6, unitPrice: 9500, vatRate: 0 }]),
}

/** Export to Switzerland (0 %, Art. 146), in German. */
export const exportCh: InvoiceDocument = {
  ...base,
  number: 'INV-2026-0005',
  issueDate: '2026-11-24',
  supplyDate: '2026-11-24',
  dueDate: '2026-12-08',
  locale: 'de',
  customer: {
    name: 'Käserei Zürcher AG',
    email: 'info@zuercher.ch',
    type: 'business',
    vatNumber: null,
    address: { street: 'Bahnhofstrasse 10', postalCode: '8001', city: 'Zürich', country: 'CH' },
    electronicAddress: null,
  },
  vatTreatment: 'export',
  vatNote: 'Steuerfreie Ausfuhrlieferung (Art. 146 Richtlinie 2006/112/EG).',
  ...priced([{ description: 'Luxemburger Senf, Glas', quantity: 24, unitPrice: 395, vatRate: 0 }]),
}

/** Credit note (in French) cancelling two lines of the OSS invoice. */
export const creditNoteFr: InvoiceDocument = {
  ...ossFr,
  kind: 'credit_note',
  number: 'CN-2026-0001',
  issueDate: '2026-11-28',
  dueDate: null,
  creditNoteFor: { number: 'INV-2026-0002', issueDate: '2026-11-21' },
  ...priced(
    [
      { description: 'Coffret de thés « Crème brûlée »', quantity: 1, unitPrice: 2490, vatRate: 20 },
      {
        description: 'Livre « Les Œuvres complètes »',
        quantity: 1,
        unitPrice: 1899,
        vatRate: 5.5,
        vatCategory: 'reduced',
      },
    ],
    -1,
  ),
}

/** A draft: no number, no issue date yet. */
export const draftLu: InvoiceDocument = { ...domesticLu, number: null, issueDate: null, dueDate: null }

/** A tiny PNG (solid colour), made here so the repository holds no binary fixture. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3])])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Domestic invoice with the vendor's logo. */
export const withLogo: InvoiceDocument = {
  ...domesticLu,
  number: 'INV-2026-0006',
  seller: { ...seller, logo: { data: solidPng(160, 48, [31, 58, 95]), mimeType: 'image/png' } },
}

/** A customer name outside WinAnsi (Polish): the PDF must switch to the embedded font. */
export const polishCustomer: InvoiceDocument = {
  ...ossFr,
  number: 'INV-2026-0007',
  locale: 'en',
  customer: {
    ...ossFr.customer,
    name: 'Łukasz Żółć',
    address: { street: 'ul. Piotrkowska 1', postalCode: '90-001', city: 'Łódź', country: 'PL' },
  },
}

import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'

import type { InvoiceDocument, PostalAddress } from '../document'

import { formatCountry, formatDate, formatMoney, formatQuantity, formatRate } from './formatting'
import { type InvoiceLabels, invoiceLabels, type InvoiceLocale } from './labels'

const GREY = '#555555'
const RULE = '#c8c8c8'
const ACCENT = '#1f3a5f'

type Texts = {
  labels: InvoiceLabels
  money: (cents: number) => string
  date: (iso: string) => string
  locale: InvoiceLocale
}

function addressLines(address: PostalAddress, locale: InvoiceLocale): string[] {
  return [address.street, `${address.postalCode} ${address.city}`, formatCountry(address.country, locale)]
}

/** What made the PDF (its Producer and Creator): this product, not the seller, who is its Author. */
export const PDF_PRODUCER = 'Letzshop Platforms OMS'

/** Title of the document in its language: what it is (invoice or credit note), and DRAFT while it has no number. */
export function documentTitle(doc: InvoiceDocument): string {
  const labels = invoiceLabels[doc.locale]
  const kind = doc.kind === 'credit_note' ? labels.creditNote : labels.invoice
  return doc.number === null ? `${kind} (${labels.draft})` : `${kind} ${doc.number}`
}

/** Subject of the document in its language: its title, the seller and, for a credit note, the invoice it corrects. */
export function documentSubject(doc: InvoiceDocument): string {
  const labels = invoiceLabels[doc.locale]
  const corrects = doc.kind === 'credit_note' && doc.creditNoteFor
  return [
    `${documentTitle(doc)}, ${doc.seller.legalName}`,
    corrects ? labels.creditNoteFor(corrects.number, formatDate(corrects.issueDate, doc.locale)) : null,
  ]
    .filter(Boolean)
    .join(' – ')
}

function headerBlock(doc: InvoiceDocument, t: Texts): Content {
  const { labels } = t
  const meta: [string, string][] = [
    [doc.kind === 'credit_note' ? labels.creditNoteNumber : labels.number, doc.number ?? labels.draft],
    [labels.issueDate, doc.issueDate ? t.date(doc.issueDate) : labels.draft],
    [labels.supplyDate, t.date(doc.supplyDate)],
  ]
  // a credit note is not paid by the customer: it has no due date
  if (doc.dueDate && doc.kind === 'invoice') meta.push([labels.dueDate, t.date(doc.dueDate)])
  if (doc.orderReference) meta.push([labels.orderReference, doc.orderReference])

  const left: Content[] = []
  if (doc.seller.logo) {
    // pdfmake reads a data URL from memory; any other string would be taken as a file name or URL.
    const base64 = doc.seller.logo.data.toString('base64')
    left.push({ image: `data:${doc.seller.logo.mimeType};base64,${base64}`, fit: [150, 60], margin: [0, 0, 0, 8] })
  } else left.push({ text: doc.seller.legalName, bold: true, fontSize: 14, color: ACCENT })

  const kind = doc.kind === 'credit_note' ? labels.creditNote : labels.invoice
  const right: Content[] = [
    { text: kind, fontSize: 20, bold: true, color: ACCENT, alignment: 'right' },
    ...(doc.number === null
      ? [{ text: labels.draft, fontSize: 14, bold: true, color: '#b00020', alignment: 'right' as const }]
      : []),
    {
      margin: [0, 6, 0, 0],
      table: {
        widths: ['*', 'auto'],
        body: meta.map(([label, value]) => [
          { text: label, color: GREY, alignment: 'right' },
          { text: value, bold: true, alignment: 'right' },
        ]),
      },
      layout: 'noBorders',
    },
  ]
  return {
    columns: [
      { width: '*', stack: left },
      { width: 230, stack: right },
    ],
    columnGap: 16,
  }
}

function partiesBlock(doc: InvoiceDocument, t: Texts): Content {
  const { labels } = t
  const seller: Content[] = [
    { text: labels.seller.toUpperCase(), style: 'caption' },
    { text: doc.seller.legalName, bold: true },
    { text: addressLines(doc.seller.address, t.locale).join('\n') },
  ]
  if (doc.seller.vatNumber) seller.push({ text: `${labels.vatNumber}${labels.colon}${doc.seller.vatNumber}` })
  if (doc.seller.taxNumber) seller.push({ text: `${labels.taxNumber}${labels.colon}${doc.seller.taxNumber}` })
  if (doc.seller.rcsNumber) seller.push({ text: `${labels.rcsNumber}${labels.colon}${doc.seller.rcsNumber}` })
  if (doc.seller.email) seller.push({ text: `${labels.email}${labels.colon}${doc.seller.email}` })

  const customer: Content[] = [
    { text: labels.customer.toUpperCase(), style: 'caption' },
    { text: doc.customer.name, bold: true },
    { text: addressLines(doc.customer.address, t.locale).join('\n') },
  ]
  if (doc.customer.vatNumber)
    customer.push({ text: `${labels.customerVatNumber}${labels.colon}${doc.customer.vatNumber}` })
  if (doc.customer.email) customer.push({ text: `${labels.email}${labels.colon}${doc.customer.email}` })

  return {
    columns: [
      { width: '*', stack: seller },
      { width: '*', stack: customer },
    ],
    columnGap: 24,
    margin: [0, 24, 0, 0],
  }
}

function linesTable(doc: InvoiceDocument, t: Texts): Content {
  const { labels } = t
  const head: TableCell[] = [
    { text: labels.description, style: 'th' },
    { text: labels.quantity, style: 'th', alignment: 'right' },
    { text: labels.unitPrice, style: 'th', alignment: 'right' },
    { text: labels.vatRate, style: 'th', alignment: 'right' },
    { text: labels.lineNet, style: 'th', alignment: 'right' },
  ]
  const rows: TableCell[][] = doc.lines.map((line) => [
    { text: line.description },
    { text: formatQuantity(line.quantity, t.locale), alignment: 'right' },
    { text: t.money(line.unitPrice), alignment: 'right', noWrap: true },
    { text: formatRate(line.vatRate, t.locale), alignment: 'right', noWrap: true },
    { text: t.money(line.net), alignment: 'right', noWrap: true },
  ])
  return {
    margin: [0, 20, 0, 0],
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 36, 78, 48, 78], body: [head, ...rows] },
    layout: {
      hLineWidth: (i: number, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
  }
}

function totalsBlock(doc: InvoiceDocument, t: Texts): Content {
  const { labels } = t
  const breakdown: TableCell[][] = [
    [
      { text: labels.vatRate, style: 'th' },
      { text: labels.taxableAmount, style: 'th', alignment: 'right' },
      { text: labels.vatAmount, style: 'th', alignment: 'right' },
    ],
    ...doc.vatBreakdown.map((row): TableCell[] => [
      { text: formatRate(row.vatRate, t.locale) },
      { text: t.money(row.net), alignment: 'right', noWrap: true },
      { text: t.money(row.vat), alignment: 'right', noWrap: true },
    ]),
  ]
  const totals: TableCell[][] = [
    [{ text: labels.totalNet }, { text: t.money(doc.totals.net), alignment: 'right', noWrap: true }],
    [{ text: labels.totalVat }, { text: t.money(doc.totals.vat), alignment: 'right', noWrap: true }],
    [
      { text: labels.totalGross, bold: true, fontSize: 11 },
      { text: t.money(doc.totals.gross), bold: true, fontSize: 11, alignment: 'right', noWrap: true },
    ],
  ]
  return {
    margin: [0, 16, 0, 0],
    unbreakable: true,
    columns: [
      {
        width: '*',
        stack: [
          { text: labels.vatBreakdown.toUpperCase(), style: 'caption' },
          {
            table: { headerRows: 1, widths: [48, 78, 66], body: breakdown },
            layout: 'lightHorizontalLines',
          },
        ],
      },
      {
        width: 220,
        table: { widths: ['*', 90], body: totals },
        layout: {
          hLineWidth: (i: number, node) => (i === node.table.body.length - 1 ? 0.8 : 0),
          vLineWidth: () => 0,
          hLineColor: () => ACCENT,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
    columnGap: 24,
  }
}

function paymentBlock(doc: InvoiceDocument, t: Texts): Content {
  const { labels } = t
  const lines: string[] = []
  if (doc.kind === 'invoice') {
    lines.push(labels.paymentTerms(doc.seller.paymentTermsDays))
    if (doc.dueDate) lines.push(labels.paymentDue(t.date(doc.dueDate)))
  }
  if (doc.seller.iban) lines.push(`${labels.iban}${labels.colon}${doc.seller.iban}`)
  if (doc.seller.bic) lines.push(`${labels.bic}${labels.colon}${doc.seller.bic}`)
  if (doc.number && doc.seller.iban && doc.kind === 'invoice')
    lines.push(`${labels.paymentReference}${labels.colon}${doc.number}`)
  if (lines.length === 0) return { text: '' }
  return {
    margin: [0, 16, 0, 0],
    unbreakable: true,
    stack: [{ text: labels.payment.toUpperCase(), style: 'caption' }, { text: lines.join('\n') }],
  }
}

function draftBackground(word: string): Content {
  return { text: word, fontSize: 110, bold: true, color: '#f6dde1', alignment: 'center', margin: [0, 330, 0, 0] }
}

/** The pdfmake document of an invoice or credit note. `font` must cover every character of the document. */
export function invoiceDocDefinition(
  doc: InvoiceDocument,
  font: string,
  pdfVersion: '1.3' | '1.7',
): TDocumentDefinitions {
  const locale = doc.locale
  const labels = invoiceLabels[locale]
  const t: Texts = {
    labels,
    locale,
    money: (cents) => formatMoney(cents, locale, doc.currency),
    date: (iso) => formatDate(iso, locale),
  }

  const content: Content[] = [headerBlock(doc, t), partiesBlock(doc, t)]
  if (doc.kind === 'credit_note' && doc.creditNoteFor) {
    content.push({
      text: labels.creditNoteFor(doc.creditNoteFor.number, t.date(doc.creditNoteFor.issueDate)),
      bold: true,
      margin: [0, 16, 0, 0],
    })
  }
  content.push(linesTable(doc, t), totalsBlock(doc, t))
  if (doc.vatNote) {
    content.push({
      margin: [0, 14, 0, 0],
      table: { widths: ['*'], body: [[{ text: doc.vatNote, margin: [4, 2, 4, 2] }]] },
      layout: { hLineColor: () => RULE, vLineColor: () => RULE },
    })
  }
  content.push(paymentBlock(doc, t))

  const legalLine = [
    doc.seller.legalName,
    doc.seller.rcsNumber ? `${labels.rcsNumber} ${doc.seller.rcsNumber}` : null,
    doc.seller.vatNumber ? `${labels.vatNumber} ${doc.seller.vatNumber}` : null,
  ]
    .filter(Boolean)
    .join(' · ')

  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 72],
    // pdfkit writes an XMP packet (unescaped) from 1.4 on: a plain invoice stays at 1.3 and needs none; the
    // Factur-X step replaces it with its own PDF/A packet.
    version: pdfVersion,
    language: locale,
    info: {
      title: documentTitle(doc),
      author: doc.seller.legalName,
      subject: documentSubject(doc),
      creator: PDF_PRODUCER,
      producer: PDF_PRODUCER,
    },
    // Under the content (a watermark would be drawn over it and need transparency).
    background: doc.number === null ? draftBackground(labels.draft) : undefined,
    defaultStyle: { font, fontSize: 9, lineHeight: 1.2 },
    styles: {
      caption: { fontSize: 7.5, bold: true, color: GREY, margin: [0, 0, 0, 3], characterSpacing: 0.5 },
      th: { bold: true, fontSize: 8, color: GREY },
    },
    content,
    footer: (page, pages) => ({
      margin: [48, 16, 48, 0],
      fontSize: 7.5,
      color: GREY,
      stack: [
        ...(doc.seller.footer ? [{ text: doc.seller.footer, alignment: 'center' as const }] : []),
        {
          columns: [
            { text: legalLine, width: '*' },
            { text: labels.page(page, pages), width: 'auto', alignment: 'right' },
          ],
        },
      ],
    }),
  }
}

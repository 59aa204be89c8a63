/**
 * The XML text of the data @e-invoice-eu/core hands to xmlbuilder2 (after its `cleanAttributes`: element names as
 * keys, `@name` attributes, `#` text), written directly, exactly as xmlbuilder2 writes it (pretty-printed with tabs):
 * xmlbuilder2 first builds a DOM of the whole invoice, the largest cost of a CII after the PDF (profile in
 * docs/benchmarks.md). Only the shape the library produces is written here: one root declaring every prefix used
 * (`@xmlns:p`), prefixed element names, strings and numbers as values, text without entity references or characters
 * XML forbids. For anything else the answer is null and the caller lets xmlbuilder2 write it. Byte-for-byte equality
 * with xmlbuilder2: tests/unit/invoices/render-caches.unit.spec.ts.
 */

type Data = Record<string, unknown>

/** What xmlbuilder2 would decode (entity references) or strip (characters XML does not allow): left to it. */
const UNUSUAL_TEXT = /&(?:[A-Za-z]+|#\d+|#x[0-9a-fA-F]+);|[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')

class Unusual extends Error {}

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

function textOf(value: unknown): string {
  const text =
    typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null
  if (text === null || UNUSUAL_TEXT.test(text)) throw new Unusual()
  return text
}

/** Writes `name` with `value` at `depth`, as xmlbuilder2's object reader and pretty-printing writer do. */
function writeElement(out: string[], name: string, value: unknown, depth: number, prefixes: Set<string>): void {
  if (value === null || value === undefined) return
  if (Array.isArray(value)) {
    for (const item of value) writeElement(out, name, item, depth, prefixes)
    return
  }
  // Namespace declarations only on the root (depth 0), where they were collected.
  const declaring = depth === 0
  const colon = name.indexOf(':')
  if (colon < 1 || !prefixes.has(name.slice(0, colon)) || /[\s<>&"'=/]/.test(name)) throw new Unusual()
  const indent = '\t'.repeat(depth)
  if (!isPlainObject(value)) {
    const text = textOf(value)
    out.push(text === '' ? `${indent}<${name}/>\n` : `${indent}<${name}>${escapeText(text)}</${name}>\n`)
    return
  }
  let attributes = ''
  let text: string | null = null
  const children: [string, unknown][] = []
  // A `#` holding an object adds its content to this element (xmlbuilder2's mixed content).
  const collect = (content: Data) => {
    for (const [key, child] of Object.entries(content)) {
      if (key.startsWith('@')) {
        const attribute = key.slice(1)
        const prefix = attribute.includes(':') ? attribute.slice(0, attribute.indexOf(':')) : null
        const declaration = prefix === 'xmlns' && declaring
        if (attribute === 'xmlns' || (prefix !== null && !declaration && !prefixes.has(prefix))) throw new Unusual()
        if (child === null || child === undefined) continue
        attributes += ` ${attribute}="${escapeAttribute(textOf(child))}"`
      } else if (key === '#' && isPlainObject(child)) collect(child)
      else if (key === '#') {
        if (text !== null) throw new Unusual()
        text = textOf(child)
      } else if (/^[!?$#]/.test(key)) throw new Unusual()
      else if (!(Array.isArray(child) && child.length === 0)) children.push([key, child])
    }
  }
  collect(value)
  if (text !== null) {
    if (children.length > 0 || text === '') throw new Unusual()
    out.push(`${indent}<${name}${attributes}>${escapeText(text)}</${name}>\n`)
    return
  }
  const written = children.filter(([, child]) => child !== null && child !== undefined)
  if (written.length === 0) {
    out.push(`${indent}<${name}${attributes}/>\n`)
    return
  }
  out.push(`${indent}<${name}${attributes}>\n`)
  for (const [key, child] of written) writeElement(out, key, child, depth + 1, prefixes)
  out.push(`${indent}</${name}>\n`)
}

/** The XML of the library's data, or null when it is not of the shape written here. */
export function libraryXml(data: Data): string | null {
  const roots = Object.entries(data)
  if (roots.length !== 1 || !isPlainObject(roots[0][1])) return null
  const [rootName, root] = roots[0] as [string, Data]
  const prefixes = new Set(
    Object.keys(root)
      .filter((key) => key.startsWith('@xmlns:'))
      .map((key) => key.slice('@xmlns:'.length)),
  )
  const out = ['<?xml version="1.0" encoding="utf-8"?>\n']
  try {
    writeElement(out, rootName, root, 0, prefixes)
  } catch (error) {
    if (error instanceof Unusual) return null
    throw error
  }
  return out.join('').replace(/\n$/, '')
}

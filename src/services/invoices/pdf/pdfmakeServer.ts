import { readFileSync } from 'node:fs'
import path from 'node:path'

import pdfmake from 'pdfmake'
import robotoFonts from 'pdfmake/fonts/Roboto.js'

import { shareEmbeddedFontWork } from './sharedEmbeddedFonts'

/** PDF's 14 standard fonts: no file, no embedding, WinAnsi characters only. */
export const STANDARD_FONT = 'Helvetica'
/** Roboto from the pdfmake package, embedded (subset) in the PDF: any Latin, Greek or Cyrillic text; PDF/A needs it. */
export const EMBEDDED_FONT = 'Roboto'

const STANDARD_FONT_FILES = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
}

type VirtualFileSystem = {
  writeFileSync(filename: string, content: Buffer): void
  readFileSync(filename: string): Buffer
}

type AfmMetrics = { attributes: object; glyphWidths: object; boundingBoxes: object; kernPairs: object }
type AfmFont = AfmMetrics & { parse(contents: string): void }

/**
 * pdfkit parses a standard font's metrics file (AFM, about 60 KB of text) again for every document: a quarter of
 * the time of a typical invoice (measured, bench/invoices). The parsed metrics are read-only data, so `parse` is
 * memoised by file contents on pdfkit's (unexported) AFM class, reached through one document's current font. If
 * pdfkit's shape ever differs, nothing is patched and every document parses as before.
 */
async function shareStandardFontMetrics(pdfmake: typeof import('pdfmake')): Promise<void> {
  const document = (await pdfmake
    .createPdf({ content: '', defaultStyle: { font: STANDARD_FONT } })
    .getStream()) as unknown as {
    font(name: string): { _font?: { font?: AfmFont } }
  }
  const metrics = document.font(STANDARD_FONT_FILES.normal)._font?.font
  const afm = metrics ? (Object.getPrototypeOf(metrics) as AfmFont) : null
  if (!afm || typeof afm.parse !== 'function' || !('kernPairs' in metrics!)) return
  const parsed = new Map<string, AfmMetrics>()
  const parse = afm.parse
  afm.parse = function (this: AfmFont, contents: string) {
    const known = parsed.get(contents)
    if (known) {
      Object.assign(this, known)
      return
    }
    parse.call(this, contents)
    parsed.set(contents, {
      attributes: this.attributes,
      glyphWidths: this.glyphWidths,
      boundingBoxes: this.boundingBoxes,
      kernPairs: this.kernPairs,
    })
  }
}

let ready: Promise<typeof pdfmake> | null = null

/**
 * pdfmake, configured once: fonts come from installed packages only (Roboto's files read once into pdfmake's virtual
 * file system); it may neither fetch a URL nor read any other local file (an invoice's text never names a resource).
 */
export function pdfMake(): Promise<typeof pdfmake> {
  ready ??= (async () => {
    const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs
    const roboto = Object.fromEntries(
      Object.entries(robotoFonts.Roboto).map(([style, file]) => {
        const name = path.basename(file)
        virtualfs.writeFileSync(name, readFileSync(file))
        return [style, name]
      }),
    ) as typeof robotoFonts.Roboto
    pdfmake.setFonts({ [STANDARD_FONT]: STANDARD_FONT_FILES, [EMBEDDED_FONT]: roboto })
    pdfmake.setUrlAccessPolicy(() => false)
    const standardNames = new Set(Object.values(STANDARD_FONT_FILES))
    pdfmake.setLocalAccessPolicy((file) => standardNames.has(file))
    await shareStandardFontMetrics(pdfmake)
    const sample = (await pdfmake.createPdf({ content: '' }).getStream()) as unknown as {
      font(src: Buffer): { _font?: Parameters<typeof shareEmbeddedFontWork>[0] }
    }
    shareEmbeddedFontWork(sample.font(virtualfs.readFileSync(roboto.normal))._font)
    return pdfmake
  })()
  return ready
}

// The characters of Windows-1252 above ASCII that are not at their Latin-1 code point.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/** Whether a standard font can show this text (Windows-1252 / WinAnsi), or the embedded font is needed. */
export function fitsWinAnsi(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) continue
    if (!WIN_ANSI_EXTRA.has(char)) return false
  }
  return true
}

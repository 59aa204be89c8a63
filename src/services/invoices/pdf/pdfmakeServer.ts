import { readFileSync } from 'node:fs'
import path from 'node:path'

import pdfmake from 'pdfmake'
import robotoFonts from 'pdfmake/fonts/Roboto.js'

/** PDF's 14 standard fonts: no file, no embedding, WinAnsi characters only. */
export const STANDARD_FONT = 'Helvetica'
/** Roboto from the pdfmake package, embedded (subset) in the PDF: any Latin, Greek or Cyrillic text; PDF/A needs it. */
export const EMBEDDED_FONT = 'Roboto'

const STANDARD_FONT_FILES = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' }

type VirtualFileSystem = { writeFileSync(filename: string, content: Buffer): void }

let configured = false

/**
 * pdfmake, configured once: fonts come from installed packages only (Roboto's files read once into pdfmake's virtual
 * file system); it may neither fetch a URL nor read any other local file (an invoice's text never names a resource).
 */
export function pdfMake(): typeof pdfmake {
  if (configured) return pdfmake
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
  configured = true
  return pdfmake
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

/** The parts of pdfkit's EmbeddedFont and fontkit's TTFFont and TTFGlyph that the sharing below touches. */
type FontkitTable = { tag: string; offset: number }
type FontkitFont = {
  stream: { buffer: Uint8Array }
  directory?: { tables?: Record<string, FontkitTable | undefined> }
  _variationProcessor?: unknown
  _decodeTable(table: FontkitTable): unknown
  getGlyph(id: number): FontkitGlyph
}
type FontkitGlyph = { id: number; _font: FontkitFont; _decode(): unknown }
type LaidOutRun = { advanceWidth: number }
type PdfkitEmbeddedFont = {
  font: FontkitFont
  name: string
  layoutCache?: object
  layoutRun(text: string): LaidOutRun
  layoutCached(text: string): LaidOutRun
}

/** Laid-out texts kept per font file; past this many the font's list starts again (invoices repeat their labels). */
const LAYOUTS_PER_FONT = 20_000

/** One map per font file (its bytes), so nothing outlives the fonts that pdfmake holds. */
function perFontFile<V>(): (font: FontkitFont) => Map<string, V> {
  const maps = new WeakMap<Uint8Array, Map<string, V>>()
  return (font) => {
    let map = maps.get(font.stream.buffer)
    if (!map) maps.set(font.stream.buffer, (map = new Map()))
    return map
  }
}

/**
 * pdfkit opens an embedded font anew for every document, so fontkit decodes the font's tables again (the OpenType
 * layout tables GSUB and GPOS lookup by lookup, as words need them) and shapes every word again: with the Roboto
 * that Factur-X embeds, most of the time of a document (profile in docs/benchmarks.md). What is kept depends on the
 * font file alone and is only read afterwards:
 * - a decoded table is kept per font file and table (fontkit's `TTFFont._decodeTable`); its lazy parts read the
 *   same bytes through the stream of the font that decoded it, synchronously, restoring the position;
 * - a laid-out text (glyph ids, advances, positions in pdfkit's units) per font file and text (pdfkit's
 *   `EmbeddedFont.layoutCached`, which pdfkit already keeps per document); each document still subsets and embeds
 *   the glyphs it uses itself;
 * - a glyph's decoded outline header, which subsetting reads (fontkit's `TTFGlyph._decode`), per font file and
 *   glyph (of a collection's font: by its glyph table's place), for fonts without variations (whose outlines and
 *   positions depend on the chosen instance; their words are not kept either).
 * The classes are reached through one font opened here, as `shareStandardFontMetrics` does; if their shape ever
 * differs, nothing is patched and every document decodes and shapes as before.
 */
export function shareEmbeddedFontWork(embedded: PdfkitEmbeddedFont | undefined): void {
  const fontkitFont = embedded?.font
  if (!embedded || !fontkitFont?.stream?.buffer) return
  const fontClass = Object.getPrototypeOf(fontkitFont) as FontkitFont
  const embeddedClass = Object.getPrototypeOf(embedded) as PdfkitEmbeddedFont
  if (typeof fontClass._decodeTable !== 'function' || typeof embeddedClass.layoutCached !== 'function') return
  if (typeof embeddedClass.layoutRun !== 'function') return
  const glyphClass = Object.getPrototypeOf(fontkitFont.getGlyph(0)) as FontkitGlyph
  if (typeof glyphClass._decode !== 'function') return

  const decode = fontClass._decodeTable
  const tablesOf = perFontFile<unknown>()
  fontClass._decodeTable = function (this: FontkitFont, table: FontkitTable) {
    const tables = tablesOf(this)
    const key = `${table.tag}@${table.offset}`
    if (tables.has(key)) return tables.get(key)
    const decoded = decode.call(this, table)
    tables.set(key, decoded)
    return decoded
  }

  const layoutsOf = perFontFile<LaidOutRun>()
  embeddedClass.layoutCached = function (this: PdfkitEmbeddedFont, text: string) {
    if (!this.layoutCache || this.font._variationProcessor) return this.layoutRun(text)
    const layouts = layoutsOf(this.font)
    // pdfkit's copy of the font's PostScript name (fontkit looks it up in the name table on every read).
    const key = `${this.name}\u0000${text}`
    let run = layouts.get(key)
    if (!run) {
      if (layouts.size >= LAYOUTS_PER_FONT) layouts.clear()
      run = this.layoutRun(text)
      layouts.set(key, run)
    }
    return run
  }

  const decodeGlyph = glyphClass._decode
  const glyphsOf = perFontFile<unknown>()
  glyphClass._decode = function (this: FontkitGlyph) {
    if (this._font._variationProcessor) return decodeGlyph.call(this)
    const glyphs = glyphsOf(this._font)
    const key = `${this._font.directory?.tables?.glyf?.offset}:${this.id}`
    if (glyphs.has(key)) return glyphs.get(key)
    const decoded = decodeGlyph.call(this)
    glyphs.set(key, decoded)
    return decoded
  }
}

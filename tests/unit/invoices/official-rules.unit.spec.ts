import { afterAll, describe, expect, it } from 'vitest'

import { renderUblXml } from '@/services/invoices/einvoice/renderUblXml'
import { renderInvoicePdf } from '@/services/invoices/pdf/renderInvoicePdf'

import { documentKinds } from '../../helpers/officialRules/documentKinds'
import {
  checkRulesDir,
  type FatalAssert,
  fatalAsserts,
  RULE_FILES,
  rulesDir,
} from '../../helpers/officialRules/officialRules'
import { readPdf, validateFacturXXsd } from '../../helpers/readDocuments'

/**
 * Every document kind the product issues (invoice and credit note × VAT treatment × UBL and Factur-X CII), run
 * through the official rules: CEN's EN 16931 XSLT for UBL and CII, Peppol BIS Billing 3.0 for a UBL that claims
 * it, and the Factur-X EN 16931 XSD for the CII. The artefacts are not in this repository: see docs/testing.md.
 */
const dir = rulesDir()

const NOT_RUN =
  'EINVOICE_RULES_DIR is not set, and the artefacts cannot ship in this repository; docs/testing.md ' +
  '("Official e-invoice rules") says how to run them'

const claimsPeppol = (ubl: string) =>
  /<cbc:CustomizationID>urn:cen\.eu:en16931:2017#compliant#urn:fdc:peppol\.eu:2017:poacc:billing:3\.0<\/cbc:CustomizationID>/.test(
    ubl,
  )

/** Every fatal assertion of the run, counted by rule at the end (the figures docs/testing.md quotes). */
const seen: FatalAssert[] = []

const report = (asserts: FatalAssert[]) => {
  seen.push(...asserts)
  return asserts.map((a) => `${a.rules} ${a.id} at ${a.location}: ${a.text}`).join('\n')
}

/** Without the artefacts, the spread still runs: profiles claimed and the Factur-X XSD; the rules say why not. */
const RULES = dir ? '' : ` (the CEN and Peppol rules are not run: ${NOT_RUN})`

describe(`official e-invoice rules${RULES}`, () => {
  afterAll(() => {
    if (!dir) return
    const byRule = new Map<string, number>()
    for (const a of seen) byRule.set(`${a.rules} ${a.id}`, (byRule.get(`${a.rules} ${a.id}`) ?? 0) + 1)
    console.info(
      `official rules: ${seen.length} fatal assertion(s)\n` +
        [...byRule].map(([rule, count]) => `  ${count} × ${rule}`).join('\n'),
    )
  })

  if (dir) {
    it(`the folder holds the pinned artefacts (${Object.values(RULE_FILES)
      .map((rule) => rule.file)
      .join(', ')})`, () => {
      expect(checkRulesDir(dir)).toEqual([])
    })
  }

  const kinds = documentKinds()

  it('B2B documents with an order claim Peppol BIS Billing 3.0, the others plain EN 16931', () => {
    expect(kinds.filter((kind) => kind.peppol).length).toBe(6)
  })

  describe.each(kinds)('$name', ({ doc, peppol }) => {
    it('UBL: the profile it claims; 0 fatal under CEN EN 16931 and, when it claims Peppol BIS Billing 3.0, under Peppol', async () => {
      const ubl = await renderUblXml(doc)
      expect(claimsPeppol(ubl)).toBe(peppol)
      if (!dir) return
      const fatal = [
        ...fatalAsserts(dir, 'cenUbl', ubl),
        ...(claimsPeppol(ubl) ? fatalAsserts(dir, 'peppolUbl', ubl) : []),
      ]
      expect(report(fatal)).toBe('')
    }, 300_000)

    it('Factur-X CII: valid under the Factur-X EN 16931 XSD; 0 fatal under CEN EN 16931', async () => {
      const pdf = await renderInvoicePdf(doc, { facturX: true })
      const { attachments } = await readPdf(Buffer.from(pdf))
      const cii = Buffer.from(attachments['factur-x.xml'].content).toString('utf8')
      const xsd = await validateFacturXXsd([{ name: 'factur-x', xml: cii }])
      expect(xsd.errors.map((error) => error.message)).toEqual([])
      if (dir) expect(report(fatalAsserts(dir, 'cenCii', cii))).toBe('')
    }, 300_000)
  })
})

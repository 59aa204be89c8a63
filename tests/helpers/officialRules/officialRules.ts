import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
// @ts-expect-error saxon-js ships no types
import SaxonJS from 'saxon-js'

/**
 * The official e-invoice validation artefacts, run on our documents in the tests. They cannot ship in this
 * repository (their licences and the house rule keep them out), so a developer extracts them into a folder and
 * names it in EINVOICE_RULES_DIR (docs/testing.md says how). The files are pinned by SHA-256.
 */
export const RULE_FILES = {
  /** CEN EN 16931 validation artefacts 1.3.16 (ConnectingEurope/eInvoicing-EN16931, tag validation-1.3.16). */
  cenUbl: {
    file: 'cen/ubl/xslt/EN16931-UBL-validation.xslt',
    sha256: '39f9d282867f1a49e7708d9e29a53da89643e1ee56f10cec1ebcf1277595fcbd',
  },
  cenCii: {
    file: 'cen/cii/xslt/EN16931-CII-validation.xslt',
    sha256: '0b234dea2bbfee739b7761e607a992c17fab88773014ef56355b6158cfb1cc53',
  },
  /**
   * Peppol BIS Billing 3.0.19 (OpenPEPPOL/peppol-bis-invoice-3, tag v3.0.19). Peppol publishes Schematron: the pinned
   * source is checked, and its XSLT, compiled beside it by the developer with an ISO Schematron processor, is run.
   */
  peppolUbl: {
    file: 'peppol/rules/sch/PEPPOL-EN16931-UBL.sch',
    sha256: '2840f5158f7bbdbf3b3f5d2ea391b9ac9e649e1fdbba8502bd8c15ec52924f23',
    compiled: 'peppol/xslt/PEPPOL-EN16931-UBL.xslt',
  },
} as const

export type RuleSet = keyof typeof RULE_FILES

export type FatalAssert = { rules: RuleSet; id: string; text: string; location: string }

export const rulesDir = (): string | null => process.env.EINVOICE_RULES_DIR || null

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Each pinned file present with its SHA-256; the problems found, empty when the folder is right. */
export function checkRulesDir(dir: string): string[] {
  return Object.values(RULE_FILES).flatMap((rules) => {
    const { file, sha256: pinned } = rules
    const full = path.join(dir, file)
    if (!existsSync(full)) return [`${file} is missing`]
    const actual = sha256(full)
    if (actual !== pinned) return [`${file} has SHA-256 ${actual}, expected ${pinned}`]
    const compiled = 'compiled' in rules ? rules.compiled : null
    return compiled && !existsSync(path.join(dir, compiled)) ? [`${compiled} (the XSLT of ${file}) is missing`] : []
  })
}

const XSLT3 = path.join(process.cwd(), 'node_modules', 'xslt3', 'xslt3.js')

function xslt3(args: string[]): void {
  const run = spawnSync(process.execPath, [XSLT3, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`xslt3 ${args.join(' ')} failed: ${run.stderr || run.stdout}`)
}

/**
 * The compiled form (SaxonJS's SEF) of one rule set, made at test time in the system's temporary folder and kept
 * there by the source's SHA-256 (compiling the CEN XSLT takes about a minute): nothing compiled is committed.
 */
function compiledRules(dir: string, rules: RuleSet): string {
  const entry = RULE_FILES[rules]
  const xslt = path.join(dir, 'compiled' in entry ? entry.compiled : entry.file)
  const cache = path.join(tmpdir(), 'oms-einvoice-rules')
  mkdirSync(cache, { recursive: true })
  const sef = path.join(cache, `${rules}-${sha256(xslt).slice(0, 16)}.sef.json`)
  if (existsSync(sef)) return sef
  const partial = `${sef}.${process.pid}.tmp`
  xslt3([`-xsl:${xslt}`, `-export:${partial}`, '-nogo'])
  renameSync(partial, sef)
  return sef
}

const loaded = new Map<RuleSet, unknown>()

const svrlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => name === 'failed-assert',
})

type FailedAssert = { '@id'?: string; '@flag'?: string; '@location'?: string; text?: string | { '#text': string } }

/** Runs one rule set on a document: every failed assertion flagged fatal. */
export function fatalAsserts(dir: string, rules: RuleSet, xml: string): FatalAssert[] {
  if (!loaded.has(rules)) loaded.set(rules, JSON.parse(readFileSync(compiledRules(dir, rules), 'utf8')))
  const result = SaxonJS.transform(
    { stylesheetInternal: loaded.get(rules), sourceText: xml, destination: 'serialized' },
    'sync',
  ) as { principalResult: string }
  const svrl = svrlParser.parse(result.principalResult)
  const failed: FailedAssert[] = svrl['schematron-output']?.['failed-assert'] ?? []
  return failed
    .filter((assert) => assert['@flag'] === 'fatal')
    .map((assert) => ({
      rules,
      id: assert['@id'] ?? '?',
      text: String(typeof assert.text === 'object' ? assert.text['#text'] : (assert.text ?? ''))
        .replace(/\s+/g, ' ')
        .trim(),
      location: assert['@location'] ?? '',
    }))
}

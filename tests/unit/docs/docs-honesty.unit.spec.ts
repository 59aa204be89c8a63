/**
 * Keeps README.md and docs/ honest against the repository: the paths and headings they link or name exist, the npm
 * scripts they name are in package.json, every environment variable the code reads has a row in the README's table
 * (and every row is read), docs/architecture.md's tree matches src/ and scripts/, docs/api.md names every route and
 * docs/operations-and-jobs.md every job task, the README stays small, and nothing points outside the repository.
 * Reads files only: no database, no Payload. Each check fails with the list of what to fix.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')
const exists = (file: string) => fs.existsSync(path.join(root, file))

const README = 'README.md'
const DOCS = fs
  .readdirSync(path.join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`)
const DOCUMENTS = [README, ...DOCS]

/** Folders whose files a document may name; anything else with a slash (URLs, `.data/`, packages) is not checked. */
const REPOSITORY_PREFIXES = ['src/', 'scripts/', 'tests/', 'bench/', 'docs/', '.ci/']
/** A bare name with one of these extensions is a top-level file (`payload.config.ts`, `package.json`). */
const TOP_LEVEL_FILE = /^[^/.][^/]*\.(ts|tsx|mts|js|mjs|cjs|json|md|sh|ya?ml|s?css)$/

/** Where the code reads its environment. */
const CODE_ROOTS = ['src', 'scripts', 'payload.config.ts']

function walk(dir: string): string[] {
  const full = path.join(root, dir)
  if (!fs.statSync(full).isDirectory()) return [dir]
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = `${dir}/${entry.name}`
    return entry.isDirectory() ? walk(child) : [child]
  })
}

/** The text outside fenced code blocks. */
const prose = (markdown: string) => markdown.replace(/^ *```[^\n]*\n[\s\S]*?^ *```[^\n]*$/gm, '')

/** `a/{b,c}.ts` → `a/b.ts`, `a/c.ts`. */
function expandBraces(text: string): string[] {
  const match = /\{([^{}]*,[^{}]*)\}/.exec(text)
  if (!match) return [text]
  return match[1]
    .split(',')
    .flatMap((part) => expandBraces(text.slice(0, match.index) + part + text.slice(match.index + match[0].length)))
}

/** The repository paths a document names in inline code: `src/…`, `tests/…`, a top-level `package.json` … */
function namedPaths(markdown: string): string[] {
  const spans = [...prose(markdown).matchAll(/`([^`\n]+)`/g)].map((match) => match[1])
  return spans.flatMap((span) =>
    span
      .split(/\s+/)
      .map((token) => token.replace(/^["'(]+|[,;:"']+$/g, '').replace(/#.*$/, ''))
      .filter((token) => !/[<*…]/.test(token))
      .filter((token) => REPOSITORY_PREFIXES.some((prefix) => token.startsWith(prefix)) || TOP_LEVEL_FILE.test(token))
      .flatMap(expandBraces),
  )
}

type Link = { file: string; anchor: string | undefined }

/** Relative links: `[text](docs/api.md#billing)` → `docs/api.md` and `billing`, resolved from the document's folder. */
function links(file: string, markdown: string): Link[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => {
      const [relative, anchor] = target.split('#')
      return {
        file: relative ? path.posix.normalize(path.posix.join(path.posix.dirname(file), relative)) : file,
        anchor,
      }
    })
}

/** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as dashes. */
const headingAnchors = (markdown: string): string[] =>
  [...prose(markdown).matchAll(/^#+ (.+)$/gm)].map((match) =>
    match[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-'),
  )

/** The environment variables the code reads: `process.env.X`, `process.env['X']`, and `env.X` on an environment passed in. */
function variablesReadByCode(): Map<string, string> {
  const readBy = new Map<string, string>()
  for (const file of CODE_ROOTS.flatMap(walk).filter((name) => /\.(ts|tsx|mts)$/.test(name))) {
    for (const match of read(file).matchAll(
      /\b(?:process\.)?env(?:\.([A-Z][A-Z0-9_]*)\b|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g,
    )) {
      const name = match[1] ?? match[2]
      if (!readBy.has(name)) readBy.set(name, file)
    }
  }
  return readBy
}

/** First-column names of the README's environment table (the first table after a heading that says "Environment"). */
function readmeEnvironmentTable(): string[] {
  const lines = read(README).split('\n')
  const heading = lines.findIndex((line) => /^#+ .*environment/i.test(line))
  if (heading === -1) return []
  const start = lines.findIndex((line, index) => index > heading && line.startsWith('|'))
  const rows = []
  for (let index = start; index !== -1 && index < lines.length && lines[index].startsWith('|'); index++)
    rows.push(lines[index])
  return rows
    .slice(2)
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]))
}

type TreeEntry = { path: string; line: number }

/**
 * The layout tree of docs/architecture.md: the first fenced block. An entry is a line whose indentation (two spaces a
 * level) is at most one level deeper than the entry above, starting with a name; a name ending in `/` is a folder
 * (`api/content-pages/resolve/` names every folder on the way). Deeper-indented lines continue a description.
 */
function architectureTree(): TreeEntry[] {
  const text = read('docs/architecture.md')
  const block = /^```[^\n]*\n([\s\S]*?)^```/m.exec(text)
  if (!block) return []
  const firstLine = text.slice(0, block.index).split('\n').length + 1
  const entries: TreeEntry[] = []
  const stack: string[] = []
  block[1].split('\n').forEach((line, index) => {
    const match = /^( *)(\S+)/.exec(line)
    if (!match) return
    const indent = match[1].length
    const depth = indent / 2
    if (indent % 2 !== 0 || depth > stack.length) return
    const name = match[2]
    if (!name.endsWith('/') && !name.includes('.')) return
    stack.length = depth
    const parent = stack.join('')
    const entryPath = parent + name
    if (name.endsWith('/')) {
      const segments = name.slice(0, -1).split('/')
      segments.forEach((_, count) =>
        entries.push({ path: parent + segments.slice(0, count + 1).join('/'), line: firstLine + index }),
      )
      stack.push(name)
    } else {
      entries.push({ path: entryPath, line: firstLine + index })
    }
  })
  return entries
}

/** The first column of the first table in `markdown` whose header's first cell is `header`. */
function tableColumn(markdown: string, header: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${header}\\s*\\|`).test(line))
  const rows = []
  for (let index = start + 2; start !== -1 && index < lines.length && lines[index].startsWith('|'); index++)
    rows.push(lines[index])
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]))
}

/** The job tasks of src/jobs/ (every file but config.ts holds one, registered there). */
const jobSlugs = (): string[] =>
  walk('src/jobs')
    .filter((file) => !file.endsWith('/config.ts'))
    .flatMap((file) => [...read(file).matchAll(/^\s*slug: '([^']+)'/gm)].map((match) => match[1]))

type Route = { method: string; path: string; file: string }

/**
 * The HTTP routes of our code: Payload endpoints in src/endpoints (`path:` then `method:`; a path may be a literal, a
 * template over a constant of its file, or a call of a one-line template function of its file) under /api, and the
 * Next route handlers under src/app/(frontend)/api (a `[name]` folder written `:name`, as Payload writes parameters).
 */
function ourRoutes(): Route[] {
  const endpoints = walk('src/endpoints').flatMap((file) => {
    const source = read(file)
    const constant = (name: string) => new RegExp(`const ${name} = '([^']*)'`).exec(source)?.[1] ?? `\${${name}}`
    const resolve = (expression: string): string => {
      const literal = /^'([^']*)'$/.exec(expression)
      if (literal) return literal[1]
      const template = /^`([^`]*)`$/.exec(expression)
      if (template) return template[1].replace(/\$\{(\w+)\}/g, (_, name: string) => constant(name))
      const call = /^(\w+)\('([^']*)'\)$/.exec(expression)
      const fn = call && new RegExp(`const ${call[1]} = \\((\\w+)[^)]*\\) => \`([^\`]*)\``).exec(source)
      if (call && fn) return fn[2].replace(`\${${fn[1]}}`, call[2])
      return `<unreadable path ${expression}>`
    }
    return [...source.matchAll(/\bpath: ([^,\n]+),\s*\n\s*method: '(\w+)'/g)].map((match) => ({
      method: match[2].toUpperCase(),
      path: `/api${resolve(match[1].trim())}`,
      file,
    }))
  })
  const handlers = walk('src/app/(frontend)/api')
    .filter((file) => file.endsWith('/route.ts'))
    .flatMap((file) =>
      [...read(file).matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        (match) => ({
          method: match[1],
          path: file
            .replace('src/app/(frontend)', '')
            .replace(/\/route\.ts$/, '')
            .replace(/\[(\w+)\]/g, ':$1'),
          file,
        }),
      ),
    )
  return [...endpoints, ...handlers]
}

describe('README.md and docs/', () => {
  it('name only repository paths that exist', () => {
    const missing = DOCUMENTS.flatMap((file) =>
      [...new Set([...namedPaths(read(file)), ...links(file, read(file)).map((link) => link.file)])]
        .filter((named) => !exists(named))
        .map((named) => `${file}: ${named}`),
    )
    expect(missing, `Paths named in the docs that do not exist:\n${missing.join('\n')}\n`).toEqual([])
  })

  it('link only to headings that exist', () => {
    const broken = DOCUMENTS.flatMap((file) =>
      links(file, read(file))
        .filter((link) => link.anchor !== undefined && link.file.endsWith('.md') && exists(link.file))
        .filter((link) => !headingAnchors(read(link.file)).includes(link.anchor!))
        .map((link) => `${file}: ${link.file}#${link.anchor}`),
    )
    expect(broken, `Links to headings that do not exist:\n${broken.join('\n')}\n`).toEqual([])
  })

  it('name only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>)
    const unknown = DOCUMENTS.flatMap((file) =>
      [...read(file).matchAll(/\bnpm (?:run ([\w:.-]+)|(test|start)\b)/g)]
        .map((match) => match[1] ?? match[2])
        .filter((script) => !scripts.includes(script))
        .map((script) => `${file}: npm run ${script}`),
    )
    expect(
      [...new Set(unknown)],
      `npm scripts named in the docs that package.json does not have:\n${unknown.join('\n')}\n`,
    ).toEqual([])
  })

  it("list every environment variable the code reads in the README's table, and only those", () => {
    const table = readmeEnvironmentTable()
    expect(
      table.length,
      "README.md has no environment table (a table under a heading that says 'Environment')",
    ).toBeGreaterThan(0)
    const readByCode = variablesReadByCode()
    const missing = [...readByCode]
      .filter(([name]) => !table.includes(name))
      .map(([name, file]) => `${name} (read in ${file})`)
    expect(
      missing,
      `Environment variables the code reads that README.md's table lacks:\n${missing.join('\n')}\n`,
    ).toEqual([])

    // A row must name a variable something in the repository reads: its name in the code, or a template such as `STAND_IN_${name}_PORT`.
    const code = [...CODE_ROOTS, 'next.config.ts']
      .flatMap(walk)
      .filter((name) => /\.(ts|tsx|mts|sh)$/.test(name))
      .map(read)
      .join('\n')
    const templates = [...code.matchAll(/\b([A-Z][A-Z0-9_]*_)\$\{[^}]*\}(_[A-Z0-9_]*)\b/g)].map(
      ([, prefix, suffix]) => new RegExp(`^${prefix}[A-Z0-9_]+${suffix}$`),
    )
    const unread = table.filter(
      (name) => !new RegExp(`\\b${name}\\b`).test(code) && !templates.some((template) => template.test(name)),
    )
    expect(unread, `README.md's environment table names variables nothing reads:\n${unread.join('\n')}\n`).toEqual([])
  })

  it('document every route of our code in docs/api.md', () => {
    const api = read('docs/api.md')
    const routes = ourRoutes()
    expect(
      routes.length,
      'no routes found in src/endpoints and src/app/(frontend)/api: the test no longer reads them',
    ).toBeGreaterThan(10)
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const undocumented = routes
      .filter((route) => !new RegExp(`${route.method} ${escape(route.path)}(?![\\w/:-])`).test(api))
      .map((route) => `${route.method} ${route.path} (${route.file})`)
    expect(
      undocumented,
      `Routes docs/api.md does not name (as "METHOD /api/path"):\n${undocumented.join('\n')}\n`,
    ).toEqual([])
  })

  it('describe the job tasks src/jobs registers, and no other', () => {
    const registered = jobSlugs()
    const config = read('src/jobs/config.ts')
    const unregistered = registered.filter((slug) => !new RegExp(`\\b${slug}Task\\b`).test(config))
    expect(
      unregistered,
      `Job files whose task src/jobs/config.ts does not register:\n${unregistered.join('\n')}\n`,
    ).toEqual([])
    const documented = tableColumn(read('docs/operations-and-jobs.md'), 'task')
    const missing = registered.filter((slug) => !documented.includes(slug))
    const stale = documented.filter((slug) => !registered.includes(slug))
    expect(missing, `Job tasks docs/operations-and-jobs.md's table lacks:\n${missing.join('\n')}\n`).toEqual([])
    expect(
      stale,
      `Job tasks docs/operations-and-jobs.md's table names that do not exist:\n${stale.join('\n')}\n`,
    ).toEqual([])
  })

  it('keep the README under 20 KB', () => {
    const bytes = Buffer.byteLength(read(README))
    expect(bytes, `README.md is ${bytes} bytes: move detail into docs/`).toBeLessThan(20_000)
  })

  it('never point outside the repository', () => {
    const outside = DOCUMENTS.filter((file) => /\.\.\/shared|DESIGN\.md|STACK-NOTES/.test(read(file)))
    expect(outside, `Docs that point outside the repository (../shared, DESIGN.md):\n${outside.join('\n')}\n`).toEqual(
      [],
    )
  })

  it('have a layout tree in docs/architecture.md that matches src/ and scripts/', () => {
    const tree = architectureTree()
    const named = new Set(tree.map((entry) => entry.path.replace(/\/$/, '')))
    const absent = tree.filter((entry) => !exists(entry.path)).map((entry) => `line ${entry.line}: ${entry.path}`)
    const folders = new Set(
      ['src', 'scripts'].flatMap(walk).flatMap((file) => {
        const parts = path.posix.dirname(file).split('/')
        return parts.map((_, count) => parts.slice(0, count + 1).join('/'))
      }),
    )
    const unlisted = [...folders].filter((folder) => !named.has(folder)).sort()
    expect(absent, `docs/architecture.md's tree names what does not exist:\n${absent.join('\n')}\n`).toEqual([])
    expect(unlisted, `Folders docs/architecture.md's tree does not list:\n${unlisted.join('\n')}\n`).toEqual([])
  })
})

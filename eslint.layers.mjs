// The layer rule: dependencies point from the edges (endpoints, admin, app, plugins) to services, never back.
// A local rule rather than no-restricted-imports: it resolves relative imports and the tsconfig aliases to the
// file they name, so `../../plugins/x` and `@/plugins/x` are the same import.
import path from 'node:path'

const root = import.meta.dirname

/** Each layer: the folders it covers, the paths it must not import from, and why. */
export const layers = [
  {
    dirs: ['src/services'],
    mustNotImport: ['src/plugins', 'src/endpoints', 'src/collections', 'src/components', 'src/admin', 'src/app'],
    why: 'services hold the domain logic; plugins, endpoints, collections, the admin and the app call them, not the reverse',
  },
  {
    dirs: ['src/components/admin', 'src/admin'],
    mustNotImport: ['src/app/(frontend)'],
    why: 'the admin does not depend on the public site',
  },
  {
    dirs: ['src/migrations'],
    mustNotImport: ['src', 'payload.config'],
    why: 'a migration is frozen when written; application code changes after it',
  },
  {
    dirs: ['scripts/fakes', 'scripts/stand-ins'],
    mustNotImport: ['src', 'payload.config'],
    why: "a stand-in plays an outside service; sharing the application's code would make it agree by construction",
  },
]

const aliases = [
  ['@payload-config', 'payload.config'],
  ['@/', 'src/'],
]

const inside = (file, dir) => file === dir || file.startsWith(`${dir}/`)

const projectPath = (absolute) => path.relative(root, absolute).split(path.sep).join('/')

/** The project path an import names (relative to the root, without extension), or null for a package. */
const target = (specifier, fromFile) => {
  const alias = aliases.find(([name]) => specifier === name || specifier.startsWith(name))
  const resolved = alias
    ? alias[1] + specifier.slice(alias[0].length)
    : specifier.startsWith('.')
      ? projectPath(path.resolve(path.dirname(fromFile), specifier))
      : null
  return resolved?.replace(/\.[cm]?[jt]sx?$/, '') ?? null
}

const dependencies = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports that point against the layers (see eslint.layers.mjs)' },
    schema: [],
    messages: { forbidden: "{{layer}} must not import from {{forbidden}} ('{{specifier}}'): {{why}}." },
  },
  create(context) {
    const file = projectPath(context.filename)
    const layerDir = (layer) => layer.dirs.find((dir) => inside(file, dir))
    const layer = layers.find(layerDir)
    if (!layer) return {}
    const check = (source) => {
      if (!source || typeof source.value !== 'string') return
      const to = target(source.value, context.filename)
      if (to === null || layer.dirs.some((dir) => inside(to, dir))) return
      const forbidden = layer.mustNotImport.find((dir) => inside(to, dir))
      if (forbidden) {
        context.report({
          node: source,
          messageId: 'forbidden',
          data: { layer: layerDir(layer), forbidden, specifier: source.value, why: layer.why },
        })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal),
    }
  },
}

export const layersPlugin = { rules: { dependencies } }

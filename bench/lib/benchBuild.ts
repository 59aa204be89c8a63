import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from '../../tests/helpers/testServer'

export type BenchBuild = { dir: string; remove: () => void }

type Variant = {
  /** Benchmark-only routes: path in the app → file in the repository. */
  routes?: Record<string, string>
  /** Changes made to the copy before building (e.g. a config without one plugin, for a baseline). */
  edit?: (dir: string) => void
  /** What the variant is, for the log. */
  label: string
}

/**
 * A production build of a benchmark variant of the app, made in a throw-away copy of the repository so that
 * nothing benchmark-only reaches the real build: the source files (tracked and untracked, not ignored) are copied,
 * node_modules is hard-linked (`cp -al`, a few seconds, no extra space), the routes are added, `edit` runs, and
 * `next build` runs there.
 */
export function benchBuild({ routes = {}, edit, label }: Variant, log: (message: string) => void): BenchBuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letzshop-bench-'))
  const remove = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
    for (const file of files.split('\0').filter(Boolean)) {
      const from = path.join(root, file)
      if (!fs.existsSync(from)) continue
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.copyFileSync(from, path.join(dir, file))
    }
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')])
    for (const [target, source] of Object.entries(routes)) {
      fs.mkdirSync(path.dirname(path.join(dir, target)), { recursive: true })
      fs.copyFileSync(path.join(root, source), path.join(dir, target))
    }
    edit?.(dir)
    log(`building ${label} in ${dir} ...`)
    // As `npm run build` builds (package.json): --no-mangling keeps class names, which Payload's log levels go by.
    execFileSync(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build', '--no-mangling'], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    return { dir, remove }
  } catch (error) {
    remove()
    throw error
  }
}

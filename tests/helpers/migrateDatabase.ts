import { spawnSync } from 'node:child_process'

import { NODE_CONDITIONS, NODE_SCRIPT_ARGS } from '../../scripts/lib/node'

import { root } from './testServer'

/** Runs a project script (TypeScript through tsx, or a JS bin) against one database; returns its output. */
export function runAgainst(databaseUrl: string, script: string, args: string[] = []): string {
  const entry = script.endsWith('.ts') ? [...NODE_SCRIPT_ARGS, script] : [...NODE_CONDITIONS, script]
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'test-secret', LOG_LEVEL: 'info' },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    const how = result.error
      ? String(result.error)
      : result.signal
        ? `signal ${result.signal}`
        : `exit ${result.status}`
    throw new Error(
      `${script} ${args.join(' ')} failed (${how}):\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`,
    )
  }
  return result.stdout
}

/** Applies the committed migrations (and optionally the demo seed) the way `npm run dev` does. */
export const prepareDatabase = (databaseUrl: string, flags: string[] = []) =>
  runAgainst(databaseUrl, 'scripts/prepare.ts', flags)

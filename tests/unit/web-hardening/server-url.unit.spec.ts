import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { serverUrlProblem } from '@/services/serverUrl'

import { NODE_SCRIPT_ARGS } from '../../../scripts/lib/node'

const root = path.resolve(import.meta.dirname, '../../..')

describe('SERVER_URL in production', () => {
  it('is required, as an absolute http(s) address', () => {
    expect(serverUrlProblem({})).toMatch(/SERVER_URL is not set/)
    expect(serverUrlProblem({ SERVER_URL: 'admin.example.lu' })).toMatch(/absolute address/)
    expect(serverUrlProblem({ SERVER_URL: 'https://admin.example.lu' })).toBeNull()
  })

  it('`npm start` without it refuses to start, saying so', () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'a-secret',
      // Never reached: the start stops before touching a database.
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    }
    const run = spawnSync(process.execPath, [...NODE_SCRIPT_ARGS, 'scripts/run.ts', 'start'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/SERVER_URL is not set/)
  }, 90_000)
})

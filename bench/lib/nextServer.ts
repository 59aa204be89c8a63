import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { root } from '../../tests/helpers/testServer'

/**
 * `next start` (the production build in `dir`, by default the repository's) on one database; resolves once
 * `readyPath` answers 200.
 */
export function startNextServer(
  databaseUrl: string,
  port: number,
  readyPath: string,
  env: Record<string, string> = {},
  dir: string = root,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)],
    {
      cwd: dir,
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: 'bench',
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}${readyPath}`)).ok) return resolve(child)
      } catch {}
      if (Date.now() > deadline) return reject(new Error(`next start on port ${port} did not answer within 60 s`))
      setTimeout(poll, 250)
    }
    child.once('exit', (code) => reject(new Error(`next start on port ${port} exited with ${code}`)))
    void poll()
  })
}

export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

export { runMain as runBenchmark } from '../../scripts/lib/runMain'

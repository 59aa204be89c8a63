import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { NODE_SCRIPT_ARGS } from '../../scripts/lib/node'

import { root } from './testServer'

export type AppInstance = {
  url: string
  /** Resolves once the instance's content cache has applied every invalidation committed before the call. */
  caughtUp(): Promise<void>
  close(): Promise<void>
}

/**
 * Starts a second app instance on the test database (appInstanceProcess.ts in a child process) and answers once it
 * serves (`env` over the test's environment, e.g. another DATABASE_URL); fails after `timeoutMs`. `close` ends the child (SIGKILL if it has not exited within 5 s).
 */
export async function startAppInstance({
  timeoutMs = 90_000,
  env = {},
}: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<AppInstance> {
  const child = spawn(process.execPath, [...NODE_SCRIPT_ARGS, path.join(root, 'tests/helpers/appInstanceProcess.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const close = () => stop(child)
  const caughtUpWaiters: (() => void)[] = []
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the second app instance did not start within ${timeoutMs} ms`)),
        timeoutMs,
      )
      // Its log goes on to ours; the line with its address is for us.
      child.stdout!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split(/(?<=\n)/)) {
          if (line.startsWith('{"caughtUp"')) {
            caughtUpWaiters.shift()?.()
            continue
          }
          if (!line.startsWith('{"url"')) {
            process.stdout.write(line)
            continue
          }
          clearTimeout(timer)
          resolve((JSON.parse(line) as { url: string }).url)
        }
      })
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(new Error(`the second app instance exited (${signal ?? code}) before serving`))
      })
    })
    const caughtUp = () =>
      new Promise<void>((resolve) => {
        caughtUpWaiters.push(resolve)
        child.stdin!.write('caughtUp\n')
      })
    return { url, caughtUp, close }
  } catch (error) {
    await close()
    throw error
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    child.stdin!.end()
    child.kill('SIGTERM')
  })
}

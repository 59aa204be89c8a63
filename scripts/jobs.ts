/**
 * The jobs worker behind `npm run jobs` (scripts/lib/jobsWorker.ts says how it behaves):
 *   node --conditions=development --import tsx scripts/jobs.ts
 */
import { getPayload } from 'payload'

import config from '../payload.config'

import { jobsWorkerOptions, runJobsWorker } from './lib/jobsWorker'
import { runMain } from './lib/runMain'

async function main(): Promise<number> {
  const payload = await getPayload({ config })
  const log = (level: 'info' | 'warn' | 'error', msg: string, err?: unknown) =>
    payload.logger[level](err === undefined ? { msg } : { msg, err })
  log('info', 'jobs worker started: every second, up to 100 due jobs a tick, schedules included')
  const code = await runJobsWorker(payload, jobsWorkerOptions(process.env, log))
  await payload.destroy().catch(() => undefined)
  return code
}

runMain(main)

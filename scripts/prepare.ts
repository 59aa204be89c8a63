/**
 * Brings the database to the current schema (committed migrations) and, on request, loads the demo data.
 *   node --conditions=development --import tsx scripts/prepare.ts [--seed | --seed-if-empty]
 */
import { getPayload, type Migration } from 'payload'

import config from '../payload.config'
import { migrations } from '../src/migrations'
import { isDatabaseEmpty, seedDemoData } from '../src/seed/seedDemoData'

import { runMain } from './lib/runMain'

const flags = new Set(process.argv.slice(2))

async function main() {
  const payload = await getPayload({ config })
  // Generated migrations type their args precisely; the adapter's signature takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (flags.has('--seed') || (flags.has('--seed-if-empty') && (await isDatabaseEmpty(payload)))) {
    await seedDemoData(payload, (message) => console.log(message))
  }
  await payload.destroy()
}

runMain(main)

/**
 * Test helper process against DATABASE_URL:
 *   migrateTo.ts [N]   applies the first N committed migrations (all without N)
 *   migrateTo.ts down  rolls back the last batch, as `payload migrate:down` does
 */
import { getPayload, type Migration } from 'payload'

import config from '../../payload.config'
import { runMain } from '../../scripts/lib/runMain'
import { migrations } from '../../src/migrations'

async function main() {
  const [arg] = process.argv.slice(2)
  const payload = await getPayload({ config })
  if (arg === 'down') {
    await payload.db.migrateDown()
  } else {
    const count = arg ? Number(arg) : migrations.length
    await payload.db.migrate({ migrations: migrations.slice(0, count) as unknown as Migration[] })
  }
  await payload.destroy()
}

runMain(main)

/**
 * Test helper process against DATABASE_URL:
 *   tsx tests/helpers/migrateTo.ts [N]   applies the first N committed migrations (all without N)
 *   tsx tests/helpers/migrateTo.ts down  rolls back the last batch, as `payload migrate:down` does
 */
import { getPayload, type Migration } from 'payload'

import config from '../../payload.config'
import { migrations } from '../../src/migrations'

const [arg] = process.argv.slice(2)
const payload = await getPayload({ config })
if (arg === 'down') {
  await payload.db.migrateDown()
} else {
  const count = arg ? Number(arg) : migrations.length
  await payload.db.migrate({ migrations: migrations.slice(0, count) as unknown as Migration[] })
}
await payload.destroy()
process.exit(0)

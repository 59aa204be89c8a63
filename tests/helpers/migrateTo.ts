/**
 * Test helper process: applies the first N committed migrations (all when N is omitted) to DATABASE_URL.
 *   tsx tests/helpers/migrateTo.ts [N]
 */
import { getPayload, type Migration } from 'payload'

import config from '../../payload.config'
import { migrations } from '../../src/migrations'

const count = process.argv[2] ? Number(process.argv[2]) : migrations.length
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations.slice(0, count) as unknown as Migration[] })
await payload.destroy()
process.exit(0)

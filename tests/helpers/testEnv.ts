import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.LOG_LEVEL ??= 'warn'

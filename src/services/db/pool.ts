import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Pool } from 'pg'

/** The app's own pg pool (db-postgres bundles its own copy of @types/pg, hence the cast). */
export const appPool = (payload: Payload): Pool => (payload.db as unknown as PostgresAdapter).pool as unknown as Pool

import type { FieldAccess } from 'payload'

/** Field access for fields only the app writes (Local API with overrideAccess): read-only in the admin and over REST. */
export const appOnlyField: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

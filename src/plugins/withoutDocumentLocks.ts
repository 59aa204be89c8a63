import type { Config, Plugin } from 'payload'

/**
 * Document locking off for every collection. Payload's `payload-locked-documents` collection lets any signed-in
 * user read every lock and create, move or delete locks on any document — another vendor's included — and a lock
 * makes the owner's own saves answer 423: a cross-tenant leak and denial of service. Without lockable collections
 * Payload does not create that collection at all. (Re-enabling locks needs that collection's access scoped to
 * documents the user may update.)
 */
export const withoutDocumentLocks =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({ ...collection, lockDocuments: false })),
  })

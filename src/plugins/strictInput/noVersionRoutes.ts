import type { CollectionConfig, Endpoint, PayloadHandler } from 'payload'

import { NotFound } from '@/services/errors'

/**
 * Payload serves `/versions`, `/versions/:id` and their restore on every collection, and fails with a TypeError
 * (500) where the collection keeps no versions. Those collections answer 404 instead: these endpoints come before
 * Payload's own, which it appends after a collection's endpoints.
 */
export function noVersionRoutes(collection: CollectionConfig): Endpoint[] {
  if (collection.versions || collection.endpoints === false) return []
  const handler: PayloadHandler = () => {
    throw new NotFound('collectionKeepsNoVersions', { collection: collection.slug })
  }
  return [
    { path: '/versions', method: 'get', handler },
    { path: '/versions/:id', method: 'get', handler },
    { path: '/versions/:id', method: 'post', handler },
  ]
}

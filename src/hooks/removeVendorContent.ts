import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A vendor's pages reference it with ON DELETE SET NULL (Payload's default), which would turn its overrides
 * into vendor defaults for every shop. Remove them, its subscriptions and memberships with the vendor.
 */
export const removeVendorContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['content-pages', 'vendor-subscriptions', 'vendor-platforms'] as const) {
    await req.payload.delete({ collection, where: { vendor: { equals: id } }, overrideAccess: true, req })
  }
}

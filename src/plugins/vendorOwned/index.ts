import type { CollectionConfig, CollectionSlug, Config, Field, PayloadRequest, Plugin } from 'payload'

import { platformField } from '@/fields/platformField'
import { vendorField } from '@/fields/vendorField'
import { platformIdByCode } from '@/services/features'

import { vendorOwnedAccess } from './access'
import { assertWriteScope } from './hooks/assertWriteScope'
import { cascadeVendorDeletion } from './hooks/cascadeVendorDeletion'
import { refuseReadOnlyChanges, refuseReadOnlyDeletes } from './hooks/refuseReadOnlyWrites'
import { requireCollectionFeature } from './hooks/requireCollectionFeature'
import { restrictToPlatform } from './hooks/restrictToPlatform'
import type { VendorOwnedCollection, VendorOwnedOptions } from './types'

export type { VendorOwnedCollection, VendorOwnedOptions } from './types'

const hasField = (fields: Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

function ownedCollection(collection: CollectionConfig, options: VendorOwnedCollection): CollectionConfig {
  const slug = collection.slug as CollectionSlug
  if (collection.access && Object.keys(collection.access).some((key) => key !== 'admin')) {
    throw new Error(`vendorOwned: "${collection.slug}" sets its own access; the plugin owns read/create/update/delete.`)
  }
  if (hasField(collection.fields, 'vendor') || hasField(collection.fields, 'platform')) {
    throw new Error(`vendorOwned: "${collection.slug}" defines vendor or platform itself; the plugin adds both.`)
  }
  const platform = platformField()
  const code = options.platform?.code
  // Rows of one platform's module (OMS invoices, logos) start on that platform: nothing to choose in the admin.
  if (code) platform.defaultValue = async ({ req }: { req: PayloadRequest }) => platformIdByCode(req, code)
  const vendor = vendorField({ required: !options.platformRows })
  if (options.ownerFieldAccess) vendor.access = platform.access = options.ownerFieldAccess
  const fields: Field[] = [vendor, platform, ...collection.fields]
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields,
    access: { ...collection.access, ...vendorOwnedAccess(options, Boolean(collection.versions)) },
    hooks: {
      ...hooks,
      beforeOperation: [
        ...(options.feature ? [requireCollectionFeature(options)] : []),
        ...(hooks.beforeOperation ?? []),
      ],
      // Scope first: a write to another shop is refused as such, before anything reveals that shop's state.
      beforeChange: [
        assertWriteScope(options),
        ...(options.platform ? [restrictToPlatform(options.platform)] : []),
        refuseReadOnlyChanges,
        ...(hooks.beforeChange ?? []),
      ],
      beforeDelete: [refuseReadOnlyDeletes(slug), ...(hooks.beforeDelete ?? [])],
    },
  }
}

/**
 * Rows that belong to a vendor, declared once per collection: vendor and platform fields, read / write access
 * scoped to the vendor (and, for reading, to platform admins of the row's platform), the own-shop check on the
 * row after each write, the read-only rule of a canceled or expired subscription, and the removal of the rows
 * with their vendor.
 */
export const vendorOwnedPlugin =
  ({ collections: owned }: VendorOwnedOptions): Plugin =>
  (config: Config): Config => {
    const bySlug = new Map<string, VendorOwnedCollection>(owned.map((options) => [options.slug, options]))
    const known = new Set((config.collections ?? []).map((collection) => collection.slug))
    for (const slug of bySlug.keys()) {
      if (!known.has(slug)) throw new Error(`vendorOwned: no collection "${slug}" in the config.`)
    }
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const options = bySlug.get(collection.slug)
        if (options) return ownedCollection(collection, options)
        if (collection.slug !== 'vendors') return collection
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeDelete: [cascadeVendorDeletion(owned), ...(collection.hooks?.beforeDelete ?? [])],
          },
        }
      }),
    }
  }

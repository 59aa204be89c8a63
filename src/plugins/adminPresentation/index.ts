import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { ADMIN_LABELS, type CollectionLabels, NAV_GROUPS } from '@/i18n/labels'

import { hiddenFromVendors } from './hiddenFromVendors'
import { withOwnOriginCodeEditor } from './ownOriginCodeEditor'
import { translateFields } from './translateFields'

export type AdminPresentationOptions = {
  /** Admin texts per collection slug (default: src/i18n/labels). */
  labels?: Record<string, CollectionLabels>
  /** Collections vendor users do not see in the admin (navigation only; access functions are the boundary). */
  hiddenFromVendors: CollectionSlug[]
}

/** Keeps the user's admin language in payload-preferences and brings it back in any browser (see the component). */
const LANGUAGE_PREFERENCE_PROVIDER = '/plugins/adminPresentation/AdminLanguagePreference#AdminLanguagePreference'
const ROW_SELECTION_LABELS_PROVIDER = '/plugins/adminPresentation/RowSelectionLabels#RowSelectionLabels'

function present(
  collection: CollectionConfig,
  labels: CollectionLabels | undefined,
  hidden: boolean,
): CollectionConfig {
  const admin = { ...collection.admin }
  if (hidden) {
    const own = admin.hidden
    admin.hidden =
      own === undefined || own === false
        ? hiddenFromVendors
        : (args) => (typeof own === 'function' ? own(args) : own) || hiddenFromVendors(args)
  }
  collection = { ...collection, fields: withOwnOriginCodeEditor(collection.fields) }
  if (!labels) return { ...collection, admin }
  if (labels.description) admin.description = labels.description
  admin.group = NAV_GROUPS[labels.group]
  return {
    ...collection,
    admin,
    labels: { singular: labels.singular, plural: labels.plural },
    fields: translateFields(collection.fields, labels.fields),
  }
}

/**
 * The admin as each kind of user should see it: our labels, descriptions and option labels in en / fr / de,
 * collections grouped in the navigation, the platform's internal collections hidden from vendor users, and
 * each user's admin language kept across browsers. Runs after every other plugin (`order`), so that fields
 * added by plugins are labelled too.
 */
export const adminPresentation = (options: AdminPresentationOptions): Plugin => {
  const labels = options.labels ?? ADMIN_LABELS
  const hidden = new Set<string>(options.hiddenFromVendors)
  const plugin: Plugin = (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      present(collection, labels[collection.slug], hidden.has(collection.slug)),
    ),
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          LANGUAGE_PREFERENCE_PROVIDER,
          ROW_SELECTION_LABELS_PROVIDER,
        ],
      },
    },
  })
  plugin.order = 1000
  plugin.slug = 'admin-presentation'
  return plugin
}

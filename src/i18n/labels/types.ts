import type { Translated } from '../languages'

import type { NavGroup } from './navGroups'

export type FieldLabels = {
  label: Translated
  description?: Translated
  /** Select and radio options, by value. */
  options?: Record<string, Translated>
  /** An array's rows ("Add line"). */
  rows?: { singular: Translated; plural: Translated }
}

/**
 * A collection's admin texts. `fields` is keyed by data path: `branding.primaryColor`, `lines.quantity`
 * (groups, arrays and named tabs add a segment; rows, collapsibles and unnamed tabs do not).
 */
export type CollectionLabels = {
  singular: Translated
  plural: Translated
  description?: Translated
  group: NavGroup
  fields: Record<string, FieldLabels>
}

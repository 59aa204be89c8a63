import type { CollectionBeforeChangeHook } from 'payload'

import { requireFeature } from '@/services/features'
import type { FeatureCode } from '@/services/tiers/featureCodes'
import { relationId } from '@/utilities/relationId'

/** Creating a row (that matches `applies`) needs the vendor's tier to include the feature. */
export const featureGate =
  (code: FeatureCode, applies: (data: Record<string, unknown>) => boolean = () => true): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || !applies(data)) return data
    const vendorId = relationId(data.vendor)
    const platformId = relationId(data.platform)
    if (vendorId !== null && platformId !== null) await requireFeature(req, vendorId, platformId, code)
    return data
  }

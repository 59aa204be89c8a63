export const FEATURE_CODES = [
  'cms_basic',
  'cms_custom_pages',
  'cms_templates',
  'cms_seo',
  'cms_unlimited_pages',
  'invoicing',
  'letzshop_sync',
  'api_access',
  'loyalty_points',
  'loyalty_rewards',
  'loyalty_campaigns',
] as const

export type FeatureCode = (typeof FEATURE_CODES)[number]

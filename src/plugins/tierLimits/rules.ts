import type { LimitRule } from './types'

/** Which collection counts against which limit of the vendor's plan (tier limits + add-on raises). */
export const LIMIT_RULES: LimitRule[] = [
  { collection: 'products', limit: 'products', counter: 'rows', what: 'Product', advice: 'Upgrade or archive products.' },
  {
    collection: 'orders',
    limit: 'ordersPerMonth',
    counter: 'billingPeriod',
    what: 'Order',
    advice: 'Upgrade, or wait for your next billing period.',
  },
  { collection: 'content-pages', limit: 'cmsPages', counter: 'pages', what: 'CMS page', noun: 'page', advice: 'Upgrade or delete a page.' },
  { collection: 'content-pages', limit: 'cmsCustomPages', counter: 'pages', what: 'Custom page', advice: 'Upgrade or delete a custom page.' },
  { collection: 'users', limit: 'teamMembers', counter: 'team', what: 'Team member', advice: 'Upgrade or remove a team member.' },
]

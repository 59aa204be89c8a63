import type { LimitRule } from './types'

/** Which collection counts against which limit of the vendor's plan (tier limits + add-on raises). */
export const LIMIT_RULES: LimitRule[] = [
  { collection: 'products', limit: 'products', counter: 'rows', message: 'productLimitReached' },
  { collection: 'orders', limit: 'ordersPerMonth', counter: 'billingPeriod', message: 'orderLimitReached' },
  { collection: 'content-pages', limit: 'cmsPages', counter: 'pages', message: 'cmsPageLimitReached' },
  { collection: 'content-pages', limit: 'cmsCustomPages', counter: 'pages', message: 'customPageLimitReached' },
  { collection: 'users', limit: 'teamMembers', counter: 'team', message: 'teamMemberLimitReached' },
]

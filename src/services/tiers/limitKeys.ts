/** The limits a tier sets (empty = unlimited) and add-ons raise. */
export const LIMIT_KEYS = ['ordersPerMonth', 'products', 'teamMembers', 'cmsPages', 'cmsCustomPages'] as const
export type LimitKey = (typeof LIMIT_KEYS)[number]

import type { Message } from '@/i18n/t'
import type { LimitKey } from '@/services/tiers/limitKeys'

/** The message naming each limit, for usage bars. */
export const LIMIT_LABELS: Record<LimitKey, Message> = {
  ordersPerMonth: 'usageOrdersPerMonth',
  products: 'usageProducts',
  teamMembers: 'usageTeamMembers',
  cmsPages: 'usageCmsPages',
  cmsCustomPages: 'usageCmsCustomPages',
}

import type { Message } from '@/i18n/t'
import type { LimitKey } from '@/services/tiers/limitKeys'

/**
 * The message naming each limit: the one name of a limit on the billing page, the dashboard and the marketing
 * site's pricing (src/i18n/site reads the same messages), e.g. "Website pages" / "Pages de site" / "Website-Seiten".
 */
export const LIMIT_LABELS: Record<LimitKey, Message> = {
  ordersPerMonth: 'usageOrdersPerMonth',
  products: 'usageProducts',
  teamMembers: 'usageTeamMembers',
  cmsPages: 'usageCmsPages',
  cmsCustomPages: 'usageCmsCustomPages',
}

import type { GroupField } from 'payload'

import { LIMIT_KEYS, type LimitKey } from '@/services/tiers/limitKeys'

const labels: Record<LimitKey, string> = {
  ordersPerMonth: 'Orders per month',
  products: 'Products',
  teamMembers: 'Team members',
  cmsPages: 'CMS pages (vendor overrides)',
  cmsCustomPages: 'Custom CMS pages',
}

export const limitsGroup = (): GroupField => ({
  name: 'limits',
  type: 'group',
  admin: { description: 'Leave a limit empty for unlimited.' },
  fields: LIMIT_KEYS.map((key) => ({
    name: key,
    type: 'number' as const,
    label: labels[key],
    min: 0,
    admin: { step: 1 },
  })),
})

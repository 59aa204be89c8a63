import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isVendorUser } from '@/utilities/roles'

import { DunningBannerClient } from './DunningBannerClient'

/** At the top of every admin page for vendor users: a warning while their subscription is past due. */
export function DunningBanner({ payload, user }: ServerProps) {
  if (!user || !isVendorUser(user)) return null
  return (
    <DunningBannerClient billingHref={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/billing' })} />
  )
}

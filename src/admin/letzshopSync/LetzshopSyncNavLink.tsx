import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import { isVendorUser } from '@/utilities/roles'

import { BillingNavLinkClient } from '../billing/BillingNavLinkClient'

/** "Letzshop sync" in the admin navigation, for vendor users. */
export function LetzshopSyncNavLink({ i18n, payload, user }: ServerProps) {
  if (!user || !isVendorUser(user)) return null
  const label = translate(requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0]), 'letzshopSyncNav')
  return (
    <BillingNavLinkClient
      href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/letzshop-sync' })}
      label={label}
      id="nav-letzshop-sync"
    />
  )
}

import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import { isVendorUser } from '@/utilities/roles'

import { BillingNavLinkClient } from './BillingNavLinkClient'

/** "Billing" in the admin navigation, for vendor users (admins open a shop's billing from its vendor record). */
export function BillingNavLink({ i18n, payload, user }: ServerProps) {
  if (!user || !isVendorUser(user)) return null
  const label = translate(requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0]), 'billingPageNav')
  return (
    <BillingNavLinkClient
      href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/billing' })}
      label={label}
    />
  )
}

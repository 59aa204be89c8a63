import { NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import { isVendorUser } from '@/utilities/roles'

import { BillingNavLinkClient } from './BillingNavLinkClient'

/**
 * "Billing" in the admin navigation, for vendor users (admins open a shop's billing from its vendor record), in a
 * group of its own, "Your subscription": the platform's billing of the shop, apart from the shop's own invoicing.
 */
export function BillingNavLink({ i18n, payload, user }: ServerProps) {
  if (!user || !isVendorUser(user)) return null
  const language = requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0])
  return (
    <NavGroup label={translate(language, 'billingNavGroup')}>
      <BillingNavLinkClient
        href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/billing' })}
        label={translate(language, 'billingPageNav')}
      />
    </NavGroup>
  )
}

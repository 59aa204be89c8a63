import { Button } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import { hasRole } from '@/utilities/roles'

/** On a vendor's record, for platform and super admins: a link to that vendor's billing page (read only for them). */
export async function VendorBillingLink({ i18n, id, payload, user }: ServerProps & { id?: number | string }) {
  if (!user || id === undefined || !hasRole(user, 'super-admin', 'platform-admin')) return null
  const vendor = await payload.findByID({
    collection: 'vendors',
    id,
    select: { slug: true },
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  if (!vendor) return null
  const href = `${formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/billing' })}?${new URLSearchParams({ vendor: vendor.slug })}`
  return (
    <Button el="link" to={href} buttonStyle="secondary" size="medium" margin={false} id="vendor-billing-link">
      {translate(requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0]), 'billingPageOpenForVendor')}
    </Button>
  )
}

import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import type { User } from '@/payload-types'
import type { FirstWeekStep } from '@/services/onboarding/firstWeekChecklist'
import { type ShopOverview, shopOverviews } from '@/services/onboarding/shopOverview'
import { hasRoom } from '@/services/subscriptions/usageSummary'
import { hasRole } from '@/utilities/roles'

import { billingSectionAnchor } from '../billing/sectionAnchor'
import { LetzshopClaim, letzshopClaimAnchor } from '../LetzshopClaim'
import { VendorUsage } from '../VendorUsage'

import { CollectionLinks } from './CollectionLinks'
import { FirstWeekChecklist } from './FirstWeekChecklist'

/**
 * A vendor user's dashboard, rendered on the server with everything it shows (no client round trip before the
 * usage appears): for an owner the welcome and first week's checklist of each shop until it is done, then each
 * shop's plan with its trial's end, its usage and its billing, the Letzshop claim card, and the collections.
 */
export async function VendorDashboard({ initPageResult }: Pick<AdminViewServerProps, 'initPageResult'>) {
  const { req } = initPageResult
  const user = req.user as User
  const language = requestLanguage(req)
  const overviews = await shopOverviews(req, user)
  const adminUrl = (path: `/${string}`) => formatAdminURL({ adminRoute: req.payload.config.routes.admin, path })
  // A user of one shop goes straight to its billing; a user of several names the shop and platform.
  const billingHref = ({ vendor, platform }: ShopOverview) =>
    adminUrl(
      overviews.length > 1
        ? `/billing?vendor=${encodeURIComponent(vendor.slug)}&platform=${encodeURIComponent(platform.code)}`
        : '/billing',
    )
  const stepLinks = (overview: ShopOverview): Record<FirstWeekStep, string> => ({
    claim: `#${letzshopClaimAnchor(overview.vendor.slug)}`,
    pages: adminUrl('/collections/content-pages'),
    // A plan whose seats the owner fills leads to the add-ons that bring more, not to a form that would refuse.
    team: hasRoom(overview.usage.teamMembers)
      ? adminUrl('/collections/users/create')
      : `${billingHref(overview)}#${billingSectionAnchor('add-ons')}`,
    card: billingHref(overview),
    orders: overview.plan.tier.features.includes('letzshop_sync')
      ? adminUrl('/letzshop-sync')
      : adminUrl('/collections/orders/create'),
  })
  const isOwner = hasRole(user, 'vendor-owner')
  return (
    <Gutter className="dashboard">
      <h1 style={{ margin: '24px 0 16px' }}>{translate(language, 'dashboardTitle')}</h1>
      {isOwner
        ? overviews.map((overview) => (
            <FirstWeekChecklist
              key={`${overview.vendor.id}-${overview.platform.id}`}
              language={language}
              overview={overview}
              links={stepLinks(overview)}
              labels={hasRoom(overview.usage.teamMembers) ? {} : { team: 'dashboardStepTeamSeats' }}
            />
          ))
        : null}
      {overviews.length > 0 ? (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
            gap: 16,
            marginBottom: 24,
          }}
        >
          {overviews.map((overview) => (
            <VendorUsage
              key={`${overview.vendor.id}-${overview.platform.id}`}
              language={language}
              overview={overview}
              billingHref={billingHref(overview)}
            />
          ))}
        </div>
      ) : null}
      <LetzshopClaim i18n={req.i18n} payload={req.payload} user={user} />
      <CollectionLinks initPageResult={initPageResult} language={language} />
    </Gutter>
  )
}

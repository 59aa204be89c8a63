import { Gutter } from '@payloadcms/ui'
import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { formatDate } from '@/i18n/format'
import { vendorSubscriptions } from '@/i18n/labels/vendorSubscriptions'
import { requestLanguage, translate } from '@/i18n/t'
import { platformOverviews, TRIALS_ENDING_DAYS } from '@/services/platforms/platformOverview'
import { SUBSCRIPTION_STATUSES } from '@/services/subscriptions/status'
import { userPlatformIds } from '@/utilities/roles'

import { CapacityOverview } from '../capacity/CapacityOverview'

const card = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16 } as const

/**
 * A platform admin's dashboard: for each platform it manages, its shops (count, subscriptions by status, the latest),
 * the trials ending soon with a link to each shop, and the way to the platform's capacity page; then the capacity
 * overview of those platforms (charts, forecasts, recommendations), as on /admin/capacity. Nothing of the platforms
 * it does not manage.
 */
export async function PlatformAdminDashboard({ req, now = new Date() }: { req: PayloadRequest; now?: Date }) {
  const language = requestLanguage(req)
  const overviews = await platformOverviews(req, userPlatformIds(req.user), now)
  const adminUrl = (path: `/${string}`) => formatAdminURL({ adminRoute: req.payload.config.routes.admin, path })
  const statusLabel = (status: string) => vendorSubscriptions.fields.status.options?.[status]?.[language] ?? status
  return (
    <Gutter className="dashboard">
      <h1 style={{ margin: '24px 0 16px' }}>{translate(language, 'operatorDashboardTitle')}</h1>
      {overviews.map(({ platform, vendors, subscriptionsByStatus, recentVendors, trialsEnding }) => (
        <section key={platform.id} data-platform-overview={platform.code} aria-labelledby={`platform-${platform.id}`}>
          <h2 id={`platform-${platform.id}`} style={{ fontSize: 20, margin: '16px 0 8px' }}>
            {platform.name}
          </h2>
          <p style={{ margin: '0 0 12px' }}>
            <a href={adminUrl(`/capacity?platform=${encodeURIComponent(platform.code)}`)} data-capacity-link>
              {translate(language, 'operatorCapacityLink', { platform: platform.name })} →
            </a>
          </p>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 16 }}>
            <div style={card} data-card="vendors">
              <h3 style={{ margin: '0 0 8px', fontSize: 16 }}>
                {translate(language, 'operatorVendors')}: {vendors.toLocaleString(language)}
              </h3>
              <p style={{ margin: '0 0 4px', fontSize: 13 }}>{translate(language, 'operatorVendorsByStatus')}</p>
              <ul style={{ margin: '0 0 12px', paddingLeft: 18 }}>
                {SUBSCRIPTION_STATUSES.filter((status) => subscriptionsByStatus[status] > 0).map((status) => (
                  <li key={status} data-status={status}>
                    {statusLabel(status)}: {subscriptionsByStatus[status].toLocaleString(language)}
                  </li>
                ))}
              </ul>
              <p style={{ margin: '0 0 4px', fontSize: 13 }}>{translate(language, 'operatorRecentVendors')}</p>
              {recentVendors.length === 0 ? (
                <p>{translate(language, 'operatorNoVendors')}</p>
              ) : (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {recentVendors.map((vendor) => (
                    <li key={vendor.id}>
                      <a href={adminUrl(`/collections/vendors/${vendor.id}`)}>{vendor.name}</a>
                      {vendor.joinedAt ? ` · ${formatDate(vendor.joinedAt, language)}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div style={card} data-card="trials-ending">
              <h3 style={{ margin: '0 0 8px', fontSize: 16 }}>
                {translate(language, 'operatorTrialsEnding', { days: TRIALS_ENDING_DAYS })}
              </h3>
              {trialsEnding.length === 0 ? (
                <p>{translate(language, 'operatorNoTrialsEnding', { days: TRIALS_ENDING_DAYS })}</p>
              ) : (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {trialsEnding.map((trial) => (
                    <li key={trial.vendor.id}>
                      <a href={adminUrl(`/collections/vendors/${trial.vendor.id}`)}>
                        {translate(language, 'operatorTrialEnds', {
                          vendor: trial.vendor.name,
                          plan: trial.plan,
                          date: formatDate(trial.trialEndsAt, language),
                        })}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>
      ))}
      <section data-capacity-overview aria-labelledby="dashboard-capacity" style={{ marginTop: 32 }}>
        <h2 id="dashboard-capacity" style={{ fontSize: 20, margin: '16px 0 4px' }}>
          {translate(language, 'capacityViewTitle')}
        </h2>
        <p style={{ margin: '0 0 8px', color: 'var(--theme-elevation-650)' }}>
          {translate(language, 'capacityViewIntro')}
        </p>
        <CapacityOverview req={req} />
      </section>
    </Gutter>
  )
}

import { DefaultDashboard } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { requestLanguage, translate } from '@/i18n/t'
import { hasRole } from '@/utilities/roles'

import { CapacityOverview } from './CapacityOverview'

/**
 * The admin's dashboard: super admins and platform admins see the capacity overview first (the collections are in
 * the navigation); vendor users keep Payload's dashboard with their usage and Letzshop cards.
 */
export async function CapacityDashboard(props: AdminViewServerProps & Parameters<typeof DefaultDashboard>[0]) {
  const { req } = props.initPageResult
  if (!hasRole(req.user, 'super-admin', 'platform-admin')) return <DefaultDashboard {...props} />
  const language = requestLanguage(req)
  return (
    <Gutter className="dashboard">
      <h1 style={{ margin: '24px 0 4px' }}>{translate(language, 'capacityViewTitle')}</h1>
      <p style={{ margin: '0 0 8px', color: 'var(--theme-elevation-600)' }}>
        {translate(language, 'capacityViewIntro')}
      </p>
      <CapacityOverview req={req} />
    </Gutter>
  )
}

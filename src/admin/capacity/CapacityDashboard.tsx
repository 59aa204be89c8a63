import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { requestLanguage, translate } from '@/i18n/t'

import { CapacityOverview } from './CapacityOverview'

/** A super admin's dashboard: the capacity overview of every platform first (the collections are in the navigation). */
export async function CapacityDashboard(props: Pick<AdminViewServerProps, 'initPageResult'>) {
  const { req } = props.initPageResult
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

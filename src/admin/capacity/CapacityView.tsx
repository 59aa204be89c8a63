import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'

import { AdminViewShell, requireAdminUser } from '../AdminViewShell'

import { CapacityOverview } from './CapacityOverview'

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** /admin/capacity[?platform=CODE]: the operator's overview in the admin's layout (super admins, platform admins). */
export async function CapacityView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  requireAdminUser(initPageResult, formatAdminURL({ adminRoute: req.payload.config.routes.admin, path: '/capacity' }))
  const language = requestLanguage(req)
  return (
    <AdminViewShell
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      viewType="capacity"
      title={translate(language, 'capacityViewTitle')}
      subtitle={translate(language, 'capacityViewIntro')}
    >
      <CapacityOverview req={req} platformCode={single(searchParams?.platform)} />
    </AdminViewShell>
  )
}

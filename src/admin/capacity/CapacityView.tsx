import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'

import { CapacityOverview } from './CapacityOverview'

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** /admin/capacity[?platform=CODE]: the operator's overview in the admin's layout (super admins, platform admins). */
export async function CapacityView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) {
    const back = formatAdminURL({ adminRoute, path: '/capacity' })
    redirect(
      `${formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })}?redirect=${encodeURIComponent(back)}`,
    )
  }
  const title = translate(requestLanguage(req), 'capacityViewTitle')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? undefined}
      viewType="capacity"
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter>
        <h1 style={{ margin: '24px 0 4px' }}>{title}</h1>
        <p style={{ margin: '0 0 8px', color: 'var(--theme-elevation-600)' }}>
          {translate(requestLanguage(req), 'capacityViewIntro')}
        </p>
        <CapacityOverview req={req} platformCode={single(searchParams?.platform)} />
      </Gutter>
    </DefaultTemplate>
  )
}

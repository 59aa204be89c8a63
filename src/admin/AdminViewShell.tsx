import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

type Props = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  viewType: string
  title: string
  /** The line under the title. */
  subtitle?: ReactNode
  children: ReactNode
}

/** A custom admin view's page in the admin's layout: template, breadcrumb and title. */
export function AdminViewShell({ initPageResult, params, searchParams, viewType, title, subtitle, children }: Props) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType={viewType}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      {/* The page's main landmark (Payload's template has none); elevation-650: -500 (#808080) is under 4.5:1. */}
      <Gutter>
        <main>
          <h1 style={{ margin: '24px 0 4px' }}>{title}</h1>
          {subtitle ? <p style={{ margin: '0 0 16px', color: 'var(--theme-elevation-650)' }}>{subtitle}</p> : null}
          {children}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}

/** Sends a signed-out visitor of a custom admin view to the login page, coming back to `back` (an admin URL). */
export function requireAdminUser(initPageResult: AdminViewServerProps['initPageResult'], back: string): void {
  const { payload, user } = initPageResult.req
  if (user) return
  const login = formatAdminURL({ adminRoute: payload.config.routes.admin, path: payload.config.admin.routes.login })
  redirect(`${login}?redirect=${encodeURIComponent(back)}`)
}

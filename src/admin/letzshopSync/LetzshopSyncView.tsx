import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'

import { AdminViewShell, requireAdminUser } from '../AdminViewShell'

import { LetzshopSyncPanel } from './LetzshopSyncPanel'

/** /admin/letzshop-sync: the shop's Letzshop connection, its runs and the imported orders waiting for an answer. */
export function LetzshopSyncView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  requireAdminUser(
    initPageResult,
    formatAdminURL({ adminRoute: req.payload.config.routes.admin, path: '/letzshop-sync' }),
  )
  const language = requestLanguage(req)
  return (
    <AdminViewShell
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      viewType="letzshopSync"
      title={translate(language, 'letzshopSyncTitle')}
      subtitle={translate(language, 'letzshopSyncIntro')}
    >
      <LetzshopSyncPanel />
    </AdminViewShell>
  )
}

import { DefaultDashboard } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'

import { hasRole, isVendorUser } from '@/utilities/roles'

import { CapacityDashboard } from '../capacity/CapacityDashboard'

import { PlatformAdminDashboard } from './PlatformAdminDashboard'
import { VendorDashboard } from './VendorDashboard'

type Props = AdminViewServerProps & Parameters<typeof DefaultDashboard>[0]

/**
 * The admin's dashboard, by who signs in: super admins see the capacity overview of every platform, platform admins
 * their platforms' shops and trials, vendor users their shops' first week, plans and usage.
 */
export function Dashboard(props: Props) {
  const { user } = props.initPageResult.req
  if (hasRole(user, 'super-admin')) return <CapacityDashboard {...props} />
  if (hasRole(user, 'platform-admin')) return <PlatformAdminDashboard req={props.initPageResult.req} />
  if (isVendorUser(user)) return <VendorDashboard initPageResult={props.initPageResult} />
  return <DefaultDashboard {...props} />
}

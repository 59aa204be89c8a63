import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/utilities/roles'

export const isSuperAdmin: Access = ({ req: { user } }) => hasRole(user, 'super-admin')

export const isSuperAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'super-admin')

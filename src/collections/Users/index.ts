import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { isSuperAdmin } from '@/access/isSuperAdmin'
import { canManageUsers, manageableUsers } from '@/access/users'
import { authCookies } from '@/services/authCookies'
import { hasRole, ROLES, userVendorIds } from '@/utilities/roles'

import { refuseEmptyPassword } from './hooks/refuseEmptyPassword'
import { restartContentLocale } from './hooks/restartContentLocale'
import { restrictTeamDeletion, restrictTeamManagement } from './hooks/restrictTeamManagement'
import { rememberSuccessfulLogin, throttleLogin } from './hooks/throttleLogin'
import { resetPasswordMailHtml } from './resetPasswordMail'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  // The signed-in user is read on every request: its vendors and platforms stay ids (userVendorIds reads them),
  // instead of the default depth populating each one with a query of its own.
  // No account lock (`maxLoginAttempts: 0`): anyone could lock anyone out. Sign-ins are throttled by address and
  // account instead (hooks/throttleLogin.ts).
  auth: {
    cookies: authCookies,
    depth: 0,
    maxLoginAttempts: 0,
    forgotPassword: { generateEmailHTML: resetPasswordMailHtml },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'roles', 'vendors'],
  },
  access: {
    admin: authenticated,
    read: manageableUsers,
    create: canManageUsers,
    update: manageableUsers,
    delete: manageableUsers,
    unlock: isSuperAdmin,
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [rememberSuccessfulLogin, restartContentLocale],
    beforeChange: [restrictTeamManagement, refuseEmptyPassword],
    beforeDelete: [restrictTeamDeletion],
  },
  fields: [
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['vendor-member'],
      options: ROLES.map((role) => ({ label: role, value: role })),
      saveToJWT: true,
    },
    {
      name: 'vendors',
      type: 'relationship',
      relationTo: 'vendors',
      hasMany: true,
      saveToJWT: true,
      // An owner of one shop invites members of that shop: the form starts with it chosen.
      defaultValue: ({ user }) => {
        const own = userVendorIds(user)
        return hasRole(user, 'vendor-owner') && own.length === 1 ? own : undefined
      },
      admin: { description: 'The vendors (shops) this user works for.' },
    },
    {
      name: 'platforms',
      type: 'relationship',
      relationTo: 'platforms',
      hasMany: true,
      saveToJWT: true,
      admin: {
        description: 'Platforms a platform admin manages.',
        condition: (data) => Boolean(data?.roles?.includes('platform-admin')),
      },
    },
  ],
}

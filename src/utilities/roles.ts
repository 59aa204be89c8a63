import type { User } from '@/payload-types'

import { type Relation, relationId } from './relationId'

export const ROLES = ['super-admin', 'platform-admin', 'vendor-owner', 'vendor-member'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles' | 'vendors' | 'platforms'> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const isVendorUser = (user: MaybeUser): boolean => hasRole(user, 'vendor-owner', 'vendor-member')

/** Ids of the vendors the user belongs to (owners and members). */
export const userVendorIds = (user: MaybeUser): number[] =>
  isVendorUser(user) ? ((user?.vendors ?? []) as Relation[]).map((value) => relationId(value)) : []

/** Ids of the platforms a platform admin manages. */
export const userPlatformIds = (user: MaybeUser): number[] =>
  hasRole(user, 'platform-admin') ? ((user?.platforms ?? []) as Relation[]).map((value) => relationId(value)) : []

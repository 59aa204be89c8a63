import type { PayloadRequest } from 'payload'

import { hasRole, userPlatformIds } from '@/utilities/roles'

import { Forbidden, NotFound, NotSignedIn } from '../errors'

export type CapacityPlatform = { id: number; code: string; name: string; config: unknown }

/**
 * The platforms whose capacity the caller may see: super admins every platform, platform admins the platforms they
 * manage; `code` narrows to one (a platform admin naming another platform's is refused, as is anyone else).
 */
export async function capacityPlatforms(req: PayloadRequest, code?: string): Promise<CapacityPlatform[]> {
  const { user } = req
  if (!user) throw new NotSignedIn('capacitySignIn')
  const superAdmin = hasRole(user, 'super-admin')
  if (!superAdmin && !hasRole(user, 'platform-admin')) throw new Forbidden('capacityAdminsOnly')
  const managed = superAdmin ? null : userPlatformIds(user)
  const { docs } = await req.payload.find({
    collection: 'platforms',
    where: code === undefined ? {} : { code: { equals: code } },
    pagination: false,
    depth: 0,
    sort: 'code',
    select: { code: true, name: true, config: true },
    req,
  })
  const platforms = docs.map(({ id, code, name, config }) => ({ id, code, name, config }))
  if (managed === null) {
    if (code !== undefined && platforms.length === 0) throw new NotFound('capacityNoSuchPlatform', { platform: code })
    return platforms
  }
  const own = platforms.filter((platform) => managed.includes(platform.id))
  // Another platform's code and an unknown one answer alike: a platform admin learns nothing of the others.
  if (code !== undefined && own.length === 0) throw new Forbidden('capacityPlatformNotYours', { platform: code })
  return own
}

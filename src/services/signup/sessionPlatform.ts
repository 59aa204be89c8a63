import type { PayloadRequest } from 'payload'

import type { Platform, SignupSession } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

/** The platform a signup session is for, or null when it no longer exists. */
export const sessionPlatform = (req: PayloadRequest, session: SignupSession): Promise<Platform | null> =>
  req.payload.findByID({
    collection: 'platforms',
    id: relationId(session.platform)!,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })

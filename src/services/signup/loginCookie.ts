import { getFieldsToSign, jwtSign, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import type { User } from '@/payload-types'

/**
 * Logs a user in as Payload's login operation does (payload/dist/auth/operations/login.js in 3.90): a session row on
 * the user when sessions are on, a JWT over the fields marked saveToJWT, and Payload's auth cookie for it. Used by the
 * signup, which has the password only as a hash. Runs in the caller's transaction.
 */
export async function loginCookie(req: PayloadRequest, user: User): Promise<string> {
  const collectionConfig = req.payload.collections.users.config as SanitizedCollectionConfig
  const authUser = { ...user, collection: 'users' } as unknown as Parameters<typeof addSessionToUser>[0]['user']
  const { sid } = await addSessionToUser({ collectionConfig, payload: req.payload, req, user: authUser })
  const fieldsToSign = getFieldsToSign({
    collectionConfig,
    email: user.email,
    user: authUser as never,
    ...(sid ? { sid } : {}),
  })
  const { token } = await jwtSign({
    fieldsToSign,
    secret: req.payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  return generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: req.payload.config.cookiePrefix,
    token,
  }) as string
}

import type { PayloadRequest } from 'payload'

/** Any signed-in user (typed so that it also serves as `access.admin`). */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)

import type { FieldAccess, PayloadRequest } from 'payload'

/** Any signed-in user (typed so that it also serves as `access.admin`). */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)

export const authenticatedField: FieldAccess = ({ req: { user } }) => Boolean(user)

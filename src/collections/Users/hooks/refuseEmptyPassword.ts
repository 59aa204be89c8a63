import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { t } from '@/i18n/t'

/** Payload skips an empty password silently (answering 200): say so instead. */
export const refuseEmptyPassword: CollectionBeforeChangeHook = ({ data, req }) => {
  if (typeof data.password === 'string' && data.password.trim() === '')
    throw new APIError(t(req, 'emptyPassword'), 400, null, true)
  return data
}

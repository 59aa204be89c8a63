import type { PayloadRequest } from 'payload'

import { publicBaseUrl } from '@/services/serverUrl'

/**
 * Payload's reset mail, with an absolute link (Payload's own is relative without `serverURL` in the config, which
 * the admin would then also use for every fetch): SERVER_URL, or in development the request's origin.
 */
export function resetPasswordMailHtml(args?: { req?: PayloadRequest; token?: string }): string {
  const { req, token } = args ?? {}
  if (!req || !token) throw new Error('The reset mail needs its request and token.')
  const { admin, routes } = req.payload.config
  const link = `${publicBaseUrl(req)}${routes.admin}${admin.routes.reset}/${token}`
  return `${req.t('authentication:youAreReceivingResetPassword')}
    <a href="${link}">${link}</a>
    ${req.t('authentication:youDidNotRequestPassword')}`
}

import type { Endpoint } from 'payload'

import { billingContext } from './billingContext'
import { subscriptionView } from './subscriptionView'

/** GET /api/billing/subscription[?vendor=SLUG][&platform=CODE] (vendor owner or member, platform admin, super admin) */
export const subscriptionEndpoint: Endpoint = {
  path: '/billing/subscription',
  method: 'get',
  handler: async (req) => Response.json(await subscriptionView(req, await billingContext(req, 'read'))),
}

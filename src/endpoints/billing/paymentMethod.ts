import type { Endpoint } from 'payload'

import { currentCard } from '@/services/billing/paymentMethod'

import { billingContext } from './billingContext'

/**
 * GET /api/billing/payment-method (readers of the vendor's billing): the card Stripe charges,
 * `{card: {brand, last4, expMonth, expYear} | null}`. POST on the same path replaces it (changes.ts).
 */
export const currentCardEndpoint: Endpoint = {
  path: '/billing/payment-method',
  method: 'get',
  handler: async (req) => Response.json({ card: await currentCard(req, await billingContext(req, 'read')) }),
}

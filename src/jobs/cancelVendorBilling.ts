import type { TaskConfig } from 'payload'

import { cancelVendorBilling } from '@/services/billing/cancelVendorBilling'

/**
 * Cancels the Stripe subscription of a vendor that was deleted or deactivated on a platform, and deletes the Stripe
 * customer of a deleted vendor (queued in the same transaction as the delete or deactivation, so it happens exactly
 * when that commits). Idempotent (see cancelVendorBilling); Stripe down or not configured: retried with exponential
 * backoff, 1 min, 2 min, … about 17 hours over 10 retries.
 */
export const cancelVendorBillingTask: TaskConfig<'cancelVendorBilling'> = {
  slug: 'cancelVendorBilling',
  label: 'Cancel vendor billing',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [
    { name: 'stripeSubscriptionId', type: 'text' },
    { name: 'stripeCustomerId', type: 'text' },
    { name: 'deleteCustomer', type: 'checkbox' },
  ],
  outputSchema: [
    { name: 'subscription', type: 'select', required: true, options: ['canceled', 'already-canceled', 'none'] },
    { name: 'customer', type: 'select', required: true, options: ['deleted', 'already-deleted', 'kept', 'none'] },
  ],
  handler: async ({ input, req }) => ({ output: await cancelVendorBilling(req, input) }),
}

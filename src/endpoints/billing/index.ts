import type { Endpoint } from 'payload'

import {
  addAddOnEndpoint,
  cancelEndpoint,
  changeTierEndpoint,
  paymentMethodEndpoint,
  removeAddOnEndpoint,
  resumeEndpoint,
} from './changes'
import { currentCardEndpoint } from './paymentMethod'
import { subscriptionEndpoint } from './subscription'
import { subscriptionInvoicesEndpoint, upcomingSubscriptionInvoiceEndpoint } from './subscriptionInvoices'
import { usageEndpoint } from './usage'

/** /api/billing/*: reads for the vendor's owner and members and for admins, changes for the owner (billingContext). */
export const billingEndpoints: Endpoint[] = [
  subscriptionEndpoint,
  usageEndpoint,
  upcomingSubscriptionInvoiceEndpoint,
  subscriptionInvoicesEndpoint,
  currentCardEndpoint,
  changeTierEndpoint,
  addAddOnEndpoint,
  removeAddOnEndpoint,
  cancelEndpoint,
  resumeEndpoint,
  paymentMethodEndpoint,
]

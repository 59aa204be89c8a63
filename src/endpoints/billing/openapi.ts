import { z } from 'zod'

import { ENGLISH, endpointOperation, type Operation, type OperationSpec } from '../openapi/operation'
import { NO_FIELDS } from '../requestBody'

import { billingQuery } from './billingContext'
import {
  addAddOnEndpoint,
  addOnBody,
  cancelEndpoint,
  changeTierBody,
  changeTierEndpoint,
  paymentMethodBody,
  paymentMethodEndpoint,
  removeAddOnEndpoint,
  resumeEndpoint,
} from './changes'
import { currentCardEndpoint } from './paymentMethod'
import {
  cardChangeSchema,
  currentCardSchema,
  subscriptionInvoicesSchema,
  subscriptionSchema,
  tierChangedSchema,
  upcomingSubscriptionInvoiceSchema,
  usageSchema,
} from './schemas'
import { subscriptionEndpoint } from './subscription'
import { previewQuery, subscriptionInvoicesEndpoint, upcomingSubscriptionInvoiceEndpoint } from './subscriptionInvoices'
import { usageEndpoint } from './usage'

const WHO =
  "The vendor is the signed-in vendor user's own (or `vendor`, one of theirs); admins name it with `vendor`. `platform` when the vendor is on several."
const READERS = `Its owner and members, platform admins of its platform, super admins. ${WHO}`
const WRITERS = `Its owner, or a super admin acting for it. ${WHO}`

/** Who and which vendor: 400 for the query, 401, 403, 404 (no such vendor, on no platform, platform without plans). */
const CONTEXT_ERRORS = [400, 401, 403, 404] as const
/** A change, through Stripe: 409 when the subscription does not allow it, 402 a declined card, 502 Stripe failed, 503 Stripe not configured. */
const CHANGE_ERRORS = [...CONTEXT_ERRORS, 413, 402, 409, 502, 503, 504] as const

const read = (spec: Omit<OperationSpec, 'tag' | 'signedIn' | 'query'> & { query?: z.ZodObject }): OperationSpec => ({
  tag: 'Billing',
  signedIn: true,
  ...spec,
  query: spec.query ? billingQuery(ENGLISH).extend(spec.query.shape) : billingQuery(ENGLISH),
  description: [spec.description, READERS].filter(Boolean).join(' '),
})

const change = (
  spec: Omit<OperationSpec, 'tag' | 'signedIn' | 'query' | 'answers' | 'errors'> &
    Partial<Pick<OperationSpec, 'answers' | 'errors'>>,
): OperationSpec => ({
  tag: 'Billing',
  signedIn: true,
  query: billingQuery(ENGLISH),
  answers: { 200: subscriptionSchema },
  errors: [...CHANGE_ERRORS],
  ...spec,
  description: [spec.description, WRITERS].filter(Boolean).join(' '),
})

export const billingOperations: Operation[] = [
  endpointOperation(
    subscriptionEndpoint,
    read({ summary: "The vendor's subscription", answers: { 200: subscriptionSchema }, errors: [...CONTEXT_ERRORS] }),
  ),
  endpointOperation(
    usageEndpoint,
    read({ summary: 'Use against each limit of the plan', answers: { 200: usageSchema }, errors: [...CONTEXT_ERRORS] }),
  ),
  endpointOperation(
    upcomingSubscriptionInvoiceEndpoint,
    read({
      summary: 'The next subscription invoice, or the preview of a change of plan',
      description:
        'With `tier` and/or `billingPeriod`: the invoice that change would make, with its proration lines and when it takes effect.',
      query: previewQuery(ENGLISH),
      answers: { 200: upcomingSubscriptionInvoiceSchema },
      errors: [...CONTEXT_ERRORS, 409, 502, 503],
    }),
  ),
  endpointOperation(
    subscriptionInvoicesEndpoint,
    read({
      summary: "The vendor's subscription invoices (Stripe's)",
      answers: { 200: subscriptionInvoicesSchema },
      errors: [...CONTEXT_ERRORS, 502, 503],
    }),
  ),
  endpointOperation(
    currentCardEndpoint,
    read({
      summary: 'The card Stripe charges',
      answers: { 200: currentCardSchema },
      errors: [...CONTEXT_ERRORS, 502, 503],
    }),
  ),
  endpointOperation(
    changeTierEndpoint,
    change({
      summary: 'Change the plan (tier and/or billing period)',
      body: changeTierBody(ENGLISH),
      answers: { 200: tierChangedSchema },
    }),
  ),
  endpointOperation(addAddOnEndpoint, change({ summary: 'Add an add-on', body: addOnBody(ENGLISH) })),
  endpointOperation(
    removeAddOnEndpoint,
    change({
      summary: 'Remove an add-on',
      params: z.object({ code: addOnBody(ENGLISH).shape.code }),
      errors: [...CHANGE_ERRORS.filter((status) => status !== 413 && status !== 402)],
    }),
  ),
  endpointOperation(
    cancelEndpoint,
    change({ summary: 'Cancel at the end of the period', body: NO_FIELDS, bodyOptional: true }),
  ),
  endpointOperation(
    resumeEndpoint,
    change({ summary: 'Take back a cancellation', body: NO_FIELDS, bodyOptional: true }),
  ),
  endpointOperation(
    paymentMethodEndpoint,
    change({
      summary: 'Replace the card',
      description:
        'Without `setupIntentId`: a SetupIntent for Stripe.js to confirm the new card. Then with it: the confirmed card becomes the default.',
      body: paymentMethodBody(ENGLISH),
      bodyOptional: true,
      answers: { 200: cardChangeSchema },
    }),
  ),
]

import { ENGLISH, endpointOperation, type Operation } from '../openapi/operation'

import {
  accountBody,
  claimBody,
  completeBody,
  sessionQuery,
  setupIntentBody,
  signupAccountEndpoint,
  signupClaimEndpoint,
  signupCompleteEndpoint,
  signupSessionEndpoint,
  signupSetupIntentEndpoint,
  signupStartEndpoint,
  startBody,
} from './index'
import {
  signupCompletedSchema,
  signupProgressSchema,
  signupSessionSchema,
  signupSetupIntentSchema,
  signupStartedSchema,
} from './schemas'

/** Every step: 429 past the per-address or per-session limit, 413 / 400 for a body too large or not a JSON object. */
const STEP_ERRORS = [400, 413, 429] as const

export const signupOperations: Operation[] = [
  endpointOperation(signupStartEndpoint, {
    tag: 'Signup',
    summary: 'Start: the plan chosen',
    body: startBody(ENGLISH),
    answers: { 201: signupStartedSchema },
    errors: [...STEP_ERRORS, 404],
  }),
  endpointOperation(signupClaimEndpoint, {
    tag: 'Signup',
    summary: 'Claim the Letzshop shop (optional step)',
    description:
      'Exactly one of `letzshopSlug` and `letzshopUrl`. Letzshop down: skip the step, the owner claims the shop later (`POST /api/vendor/letzshop-claim`).',
    body: claimBody(ENGLISH),
    answers: { 200: signupProgressSchema },
    errors: [...STEP_ERRORS, 404, 409, 502, 504],
  }),
  endpointOperation(signupAccountEndpoint, {
    tag: 'Signup',
    summary: 'The account: owner, company, country, VAT number',
    body: accountBody(ENGLISH),
    answers: { 200: signupProgressSchema },
    errors: [...STEP_ERRORS, 404, 409],
  }),
  endpointOperation(signupSetupIntentEndpoint, {
    tag: 'Signup',
    summary: 'A Stripe SetupIntent for the card',
    body: setupIntentBody(ENGLISH),
    answers: { 200: signupSetupIntentSchema },
    errors: [...STEP_ERRORS, 404, 409, 502, 503, 504],
  }),
  endpointOperation(signupCompleteEndpoint, {
    tag: 'Signup',
    summary: 'Complete: vendor, owner and trial subscription created, owner signed in',
    body: completeBody(ENGLISH),
    answers: { 200: signupCompletedSchema },
    errors: [...STEP_ERRORS, 402, 404, 409, 502, 503, 504],
  }),
  endpointOperation(signupSessionEndpoint, {
    tag: 'Signup',
    summary: 'The steps done so far, to resume after a reload',
    query: sessionQuery(ENGLISH),
    answers: { 200: signupSessionSchema },
    errors: [400, 404, 429],
  }),
]

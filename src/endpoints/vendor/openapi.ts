import { ENGLISH, endpointOperation, type Operation } from '../openapi/operation'

import { letzshopClaimBody, letzshopClaimEndpoint } from './letzshopClaim'
import { letzshopClaimedSchema } from './schemas'

export const vendorOperations: Operation[] = [
  endpointOperation(letzshopClaimEndpoint, {
    tag: 'Letzshop',
    summary: "Link the owner's vendor to its Letzshop shop",
    description:
      'Vendor owners; the step a vendor may skip at signup. Exactly one of `letzshopSlug` and `letzshopUrl`; `vendor` (a slug) when the owner has several.',
    signedIn: true,
    body: letzshopClaimBody(ENGLISH),
    answers: { 200: letzshopClaimedSchema },
    errors: [400, 401, 403, 404, 409, 413, 429, 502, 504],
  }),
]

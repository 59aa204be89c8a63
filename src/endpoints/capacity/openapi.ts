import { ENGLISH, endpointOperation, type Operation } from '../openapi/operation'
import { NO_FIELDS } from '../requestBody'

import {
  capacityRecommendationsEndpoint,
  capacityTrendsEndpoint,
  captureSnapshotEndpoint,
  subscriptionCapacityEndpoint,
} from './capacity'
import { adminHealthEndpoint, loadBalancerHealthEndpoint } from './health'
import { platformQuery, trendsQuery } from './query'
import {
  adminHealthSchema,
  healthSchema,
  recommendationsSchema,
  snapshotTakenSchema,
  subscriptionCapacitySchema,
  trendsSchema,
} from './schemas'

const WHO =
  "Super admins: every platform. Platform admins: their own platforms (another platform's code is 403). Without `platform`, all the caller's platforms."
const ERRORS = [400, 401, 403, 404] as const

export const capacityOperations: Operation[] = [
  endpointOperation(adminHealthEndpoint, {
    tag: 'Capacity',
    summary: 'Health of the database, the job queue, the snapshots and the subscription capacity',
    description: `503 (with the same report) when a check is unhealthy. ${WHO}`,
    signedIn: true,
    query: platformQuery(ENGLISH),
    answers: { 200: adminHealthSchema, 503: adminHealthSchema },
    errors: [...ERRORS],
  }),
  endpointOperation(subscriptionCapacityEndpoint, {
    tag: 'Capacity',
    summary: 'Theoretical capacity (sum of the limits) against actual usage now, per platform',
    description: WHO,
    signedIn: true,
    query: platformQuery(ENGLISH),
    answers: { 200: subscriptionCapacitySchema },
    errors: [...ERRORS],
  }),
  endpointOperation(capacityTrendsEndpoint, {
    tag: 'Capacity',
    summary: 'The daily snapshots of the last N days, with a linear forecast per metric',
    description: `\`days\` 1 to 365, else 400. Below 7 days a metric has no trend (\`enoughData: false\`). ${WHO}`,
    signedIn: true,
    query: trendsQuery(ENGLISH),
    answers: { 200: trendsSchema },
    errors: [...ERRORS],
  }),
  endpointOperation(capacityRecommendationsEndpoint, {
    tag: 'Capacity',
    summary: 'Recommendations: vendors near a limit, pricing signals, trials ending, past-due shops, forecasts',
    description: WHO,
    signedIn: true,
    query: platformQuery(ENGLISH),
    answers: { 200: recommendationsSchema },
    errors: [...ERRORS],
  }),
  endpointOperation(captureSnapshotEndpoint, {
    tag: 'Capacity',
    summary: "Take today's capacity snapshot now (as the daily job does; a second one the same day updates it)",
    description: WHO,
    signedIn: true,
    query: platformQuery(ENGLISH),
    body: NO_FIELDS,
    bodyOptional: true,
    answers: { 200: snapshotTakenSchema },
    errors: [...ERRORS],
  }),
  endpointOperation(loadBalancerHealthEndpoint, {
    tag: 'Capacity',
    summary: 'Health check for load balancers',
    description: 'Anonymous and cheap (one `SELECT 1`); 503 when the database does not answer.',
    answers: { 200: healthSchema, 503: healthSchema },
    errors: [],
  }),
]

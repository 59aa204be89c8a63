import type { Endpoint } from 'payload'

import {
  capacityRecommendationsEndpoint,
  capacityTrendsEndpoint,
  captureSnapshotEndpoint,
  subscriptionCapacityEndpoint,
} from './capacity'
import { adminHealthEndpoint, loadBalancerHealthEndpoint } from './health'

/** /api/admin/* capacity and health (super admins; platform admins for their platforms) and the anonymous /api/health. */
export const capacityEndpoints: Endpoint[] = [
  adminHealthEndpoint,
  subscriptionCapacityEndpoint,
  capacityTrendsEndpoint,
  capacityRecommendationsEndpoint,
  captureSnapshotEndpoint,
  loadBalancerHealthEndpoint,
]

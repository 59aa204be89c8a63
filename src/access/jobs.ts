import type { JobsConfig, RunJobAccess } from 'payload'

import { hasRole } from '@/utilities/roles'

const superAdminOnly: RunJobAccess = ({ req }) => hasRole(req.user, 'super-admin')

/**
 * Payload lets any signed-in user run the queue over REST (/api/payload-jobs/run, /handle-schedules) and queue
 * or cancel jobs through access-checked calls; here only super admins may. The app itself queues and runs jobs
 * through the Local API, which overrides access.
 */
export const jobsAccess: NonNullable<JobsConfig['access']> = {
  run: superAdminOnly,
  queue: superAdminOnly,
  cancel: superAdminOnly,
}

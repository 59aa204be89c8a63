import type { CollectionConfig, JobsConfig } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import type { User } from '@/payload-types'
import { hasRole } from '@/utilities/roles'

/**
 * Payload's own `payload-jobs` collection (hidden and closed to everyone by default) shown to super admins in the
 * admin: queued, running and failed jobs with their error and task log, the schedules above the list
 * (src/admin/jobs/JobSchedules.tsx). Super admins may read, correct (e.g. clear `hasError` to requeue) and delete
 * jobs, never create them by hand; nobody else reads anything (REST answers 403 / an empty list).
 */
export const payloadJobsOverrides: NonNullable<JobsConfig['jobsCollectionOverrides']> = ({
  defaultJobsCollection,
}): CollectionConfig => ({
  ...defaultJobsCollection,
  access: { ...defaultJobsCollection.access, read: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  admin: {
    ...defaultJobsCollection.admin,
    // Navigation only: the access above is the boundary.
    hidden: ({ user }) =>
      !hasRole(user as unknown as Pick<User, 'roles' | 'vendors' | 'platforms'> | null, 'super-admin'),
    defaultColumns: ['taskSlug', 'queue', 'processing', 'hasError', 'totalTried', 'waitUntil', 'updatedAt'],
    components: {
      ...defaultJobsCollection.admin?.components,
      beforeListTable: ['/admin/jobs/JobSchedules#JobSchedules'],
    },
  },
})

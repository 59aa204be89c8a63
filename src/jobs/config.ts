import type { JobsConfig } from 'payload'

import { jobsAccess } from '@/access/jobs'
import { payloadJobsOverrides } from '@/collections/PayloadJobs'

import { cancelVendorBillingTask } from './cancelVendorBilling'
import { captureCapacitySnapshotTask } from './captureCapacitySnapshot'
import { checkTrialExpirationsTask } from './checkTrialExpirations'
import { cleanupStaleTask } from './cleanupStale'
import { dunningRemindersTask } from './dunningReminders'
import { processStripeEventTask } from './processStripeEvent'
import { resetPeriodCountersTask } from './resetPeriodCounters'
import { sendEmailTask } from './sendEmail'
import { sendLetzshopConfirmationTask } from './sendLetzshopConfirmation'
import { syncLetzshopOrdersTask } from './syncLetzshopOrders'
import { syncStripePricesTask } from './syncStripePrices'
import { syncStripeStatusTask } from './syncStripeStatus'

/**
 * The jobs queue. `npm run dev` sets JOBS_AUTORUN=1 so the queue runs inside the dev server every minute; production
 * runs `npm run jobs` (a worker process) beside `npm start`, and tests run jobs explicitly. Scheduled tasks and their
 * crons: ./schedules.ts (queued by the jobQueue plugin, which also makes the claim atomic).
 */
export const jobs: JobsConfig = {
  access: jobsAccess,
  tasks: [
    sendEmailTask,
    syncStripePricesTask,
    cancelVendorBillingTask,
    processStripeEventTask,
    dunningRemindersTask,
    resetPeriodCountersTask,
    checkTrialExpirationsTask,
    syncStripeStatusTask,
    cleanupStaleTask,
    captureCapacitySnapshotTask,
    syncLetzshopOrdersTask,
    sendLetzshopConfirmationTask,
  ],
  jobsCollectionOverrides: payloadJobsOverrides,
  autoRun: process.env.JOBS_AUTORUN === '1' ? [{ cron: '* * * * *', queue: 'default', limit: 50 }] : [],
}

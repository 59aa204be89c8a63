import type { JobsConfig } from 'payload'

import { jobsAccess } from '@/access/jobs'

import { cancelVendorBillingTask } from './cancelVendorBilling'
import { captureCapacitySnapshotTask } from './captureCapacitySnapshot'
import { dunningRemindersTask } from './dunningReminders'
import { processStripeEventTask } from './processStripeEvent'
import { sendEmailTask } from './sendEmail'
import { syncStripePricesTask } from './syncStripePrices'

/**
 * The jobs queue. `npm run dev` sets JOBS_AUTORUN=1 so the queue runs inside the dev server every minute; production
 * runs `npm run jobs` (a worker process) beside `npm start`, and tests run jobs explicitly.
 */
export const jobs: JobsConfig = {
  access: jobsAccess,
  tasks: [
    sendEmailTask,
    syncStripePricesTask,
    cancelVendorBillingTask,
    processStripeEventTask,
    dunningRemindersTask,
    captureCapacitySnapshotTask,
  ],
  autoRun: process.env.JOBS_AUTORUN === '1' ? [{ cron: '* * * * *', queue: 'default', limit: 50 }] : [],
}

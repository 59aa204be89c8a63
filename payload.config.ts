import path from 'path'
import { fileURLToPath } from 'url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AddOns } from '@/collections/AddOns'
import { CapacitySnapshots } from '@/collections/CapacitySnapshots'
import { ContactMessages } from '@/collections/ContactMessages'
import { ContentPages } from '@/collections/ContentPages'
import { InvoiceLogos } from '@/collections/InvoiceLogos'
import { Invoices } from '@/collections/Invoices'
import { InvoiceSettings } from '@/collections/InvoiceSettings'
import { LetzshopConnections } from '@/collections/LetzshopConnections'
import { LetzshopSyncRuns } from '@/collections/LetzshopSyncRuns'
import { Orders } from '@/collections/Orders'
import { IDEMPOTENCY_KEY_HEADER, REPLAY_LOG_LEVELS } from '@/collections/Orders/hooks/idempotencyKey'
import { Platforms } from '@/collections/Platforms'
import { Products } from '@/collections/Products'
import { SentEmails } from '@/collections/SentEmails'
import { SignupSessions } from '@/collections/SignupSessions'
import { SignupTrials } from '@/collections/SignupTrials'
import { StripeEvents } from '@/collections/StripeEvents'
import { SubscriptionTiers } from '@/collections/SubscriptionTiers'
import { Users } from '@/collections/Users'
import { VENDOR_OWNED } from '@/collections/vendorOwnedCollections'
import { VendorPlatforms } from '@/collections/VendorPlatforms'
import { Vendors } from '@/collections/Vendors'
import { VendorSubscriptions } from '@/collections/VendorSubscriptions'
import { billingEndpoints } from '@/endpoints/billing'
import { capacityEndpoints } from '@/endpoints/capacity'
import { customisePageEndpoint } from '@/endpoints/content/customise'
import { OUTAGE_LOG_LEVELS } from '@/endpoints/databaseOutage'
import { DOMAIN_ERROR_LOG_LEVELS, domainErrorAnswer } from '@/endpoints/domainErrors'
import { invoicingEndpoints } from '@/endpoints/invoices'
import { letzshopSyncEndpoints } from '@/endpoints/letzshopSync'
import { contactEndpoint } from '@/endpoints/platform/contact'
import { letzshopVendorLookupEndpoint, letzshopVendorSearchEndpoint } from '@/endpoints/platform/letzshopVendors'
import { signupEndpoints } from '@/endpoints/signup'
import { stripeWebhookEndpoint } from '@/endpoints/stripe/webhook'
import { letzshopClaimEndpoint } from '@/endpoints/vendor/letzshopClaim'
import { adminI18n } from '@/i18n/adminI18n'
import { CONTENT_LOCALIZATION } from '@/i18n/contentLocales'
import { ADMIN_DATE_FORMAT } from '@/i18n/format'
import { jobs } from '@/jobs/config'
import { JOB_SCHEDULES, JOB_TIMEOUTS } from '@/jobs/schedules'
import { adminPresentation } from '@/plugins/adminPresentation'
import { contentCacheReadsOwnWrites } from '@/plugins/contentCacheReadsOwnWrites'
import { databaseFaults } from '@/plugins/databaseFaults'
import { jobQueue } from '@/plugins/jobQueue'
import { refusalsInHooks } from '@/plugins/refusalsInHooks'
import { sitePageCachingPlugin } from '@/plugins/sitePageCaching'
import { strictInput } from '@/plugins/strictInput'
import { stripeStartupCheck } from '@/plugins/stripeStartupCheck'
import { tierLimitsPlugin } from '@/plugins/tierLimits'
import { vendorOwnedPlugin } from '@/plugins/vendorOwned'
import { withoutDocumentLocks } from '@/plugins/withoutDocumentLocks'
import { LIMIT_RULES } from '@/services/limitRules'
import { smtpEmailAdapter } from '@/services/mail/smtpEmailAdapter'
import { trustedOrigins } from '@/services/trustedOrigins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      afterNavLinks: [
        '/admin/billing/BillingNavLink#BillingNavLink',
        '/admin/letzshopSync/LetzshopSyncNavLink#LetzshopSyncNavLink',
      ],
      header: ['/admin/billing/DunningBanner#DunningBanner'],
      views: {
        dashboard: { Component: '/admin/dashboard/Dashboard#Dashboard' },
        capacity: {
          Component: '/admin/capacity/CapacityView#CapacityView',
          path: '/capacity',
          exact: true,
          meta: { title: 'Capacity' },
        },
        billing: {
          Component: '/admin/billing/BillingView#BillingView',
          path: '/billing',
          exact: true,
          meta: { title: 'Billing' },
        },
        letzshopSync: {
          Component: '/admin/letzshopSync/LetzshopSyncView#LetzshopSyncView',
          path: '/letzshop-sync',
          exact: true,
          meta: { title: 'Letzshop sync' },
        },
      },
    },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Letzshop Platforms' },
  },
  collections: [
    Platforms,
    SubscriptionTiers,
    AddOns,
    Vendors,
    VendorPlatforms,
    VendorSubscriptions,
    ContentPages,
    ContactMessages,
    Products,
    Orders,
    LetzshopConnections,
    LetzshopSyncRuns,
    InvoiceSettings,
    InvoiceLogos,
    Invoices,
    Users,
    SentEmails,
    SignupSessions,
    SignupTrials,
    StripeEvents,
    CapacitySnapshots,
  ],
  endpoints: [
    ...billingEndpoints,
    letzshopVendorSearchEndpoint,
    letzshopVendorLookupEndpoint,
    letzshopClaimEndpoint,
    contactEndpoint,
    ...letzshopSyncEndpoints,
    ...signupEndpoints,
    stripeWebhookEndpoint,
    ...invoicingEndpoints,
    ...capacityEndpoints,
    customisePageEndpoint,
  ],
  // Browsers of the trusted origins may also send an order's Idempotency-Key (src/collections/Orders/hooks).
  cors: { origins: trustedOrigins(), headers: [IDEMPOTENCY_KEY_HEADER] },
  csrf: trustedOrigins(),
  i18n: adminI18n,
  localization: CONTENT_LOCALIZATION,
  plugins: [
    vendorOwnedPlugin({ collections: VENDOR_OWNED }),
    tierLimitsPlugin({ rules: LIMIT_RULES }),
    adminPresentation({
      hiddenFromVendors: [
        'platforms',
        'subscription-tiers',
        'add-ons',
        'vendor-platforms',
        'vendor-subscriptions',
        'stripe-events',
        'capacity-snapshots',
        'contact-messages',
      ],
    }),
    withoutDocumentLocks(),
    jobQueue({ schedules: JOB_SCHEDULES, timeouts: JOB_TIMEOUTS }),
    databaseFaults(),
    stripeStartupCheck(),
    sitePageCachingPlugin(),
    contentCacheReadsOwnWrites(),
    // After the plugins that add hooks: refusals thrown in any of them answer as themselves, bulk writes too.
    refusalsInHooks(),
    // Last: it checks REST input against the fields every other plugin has added.
    strictInput(),
  ],
  editor: lexicalEditor(),
  email: smtpEmailAdapter(),
  jobs,
  secret: process.env.PAYLOAD_SECRET ?? '',
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  // A refusal a service throws answers with its status and message, wherever Payload catches it.
  hooks: { afterError: [domainErrorAnswer] },
  // Refusals and bad input (public 4xx APIErrors) are worth a line in the log, not a stack trace.
  loggingLevels: { APIError: 'info', ...DOMAIN_ERROR_LOG_LEVELS, ...OUTAGE_LOG_LEVELS, ...REPLAY_LOG_LEVELS },
  logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } },
  sharp,
  telemetry: false,
})

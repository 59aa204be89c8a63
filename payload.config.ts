import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { AddOns } from '@/collections/AddOns'
import { ContentPages } from '@/collections/ContentPages'
import { Orders } from '@/collections/Orders'
import { Platforms } from '@/collections/Platforms'
import { Products } from '@/collections/Products'
import { SubscriptionTiers } from '@/collections/SubscriptionTiers'
import { Users } from '@/collections/Users'
import { VendorPlatforms } from '@/collections/VendorPlatforms'
import { VendorSubscriptions } from '@/collections/VendorSubscriptions'
import { Vendors } from '@/collections/Vendors'
import { subscriptionEndpoint } from '@/endpoints/billing/subscription'
import { usageEndpoint } from '@/endpoints/billing/usage'
import { strictInput } from '@/plugins/strictInput'
import { DEFAULT_LOCALE, LOCALES } from '@/services/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    components: { beforeDashboard: ['/components/admin/VendorUsage#VendorUsage'] },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Letzshop Platforms' },
  },
  collections: [Platforms, SubscriptionTiers, AddOns, Vendors, VendorPlatforms, VendorSubscriptions, ContentPages, Products, Orders, Users],
  endpoints: [subscriptionEndpoint, usageEndpoint],
  localization: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET ?? '',
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  // Our endpoints answer bad input with public 4xx APIErrors: worth a line in the log, not a stack trace.
  loggingLevels: { APIError: 'info' },
  logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } },
  plugins: [strictInput()],
  sharp,
  telemetry: false,
})

import { addOns } from './addOns'
import { capacitySnapshots } from './capacitySnapshots'
import { contactMessages } from './contactMessages'
import { contentPages } from './contentPages'
import { invoiceLogos } from './invoiceLogos'
import { invoices } from './invoices'
import { invoiceSettings } from './invoiceSettings'
import { letzshopConnections, letzshopSyncRuns } from './letzshopSync'
import { orders } from './orders'
import { platforms } from './platforms'
import { products } from './products'
import { sentEmails } from './sentEmails'
import { signupSessions } from './signupSessions'
import { signupTrials } from './signupTrials'
import { stripeEvents } from './stripeEvents'
import { subscriptionTiers } from './subscriptionTiers'
import type { CollectionLabels } from './types'
import { users } from './users'
import { vendorPlatforms } from './vendorPlatforms'
import { vendors } from './vendors'
import { vendorSubscriptions } from './vendorSubscriptions'

export { NAV_GROUPS, type NavGroup } from './navGroups'
export type { CollectionLabels, FieldLabels } from './types'

/** The admin texts of every collection of ours, by collection slug (tests/int/admin-labels checks it is complete). */
export const ADMIN_LABELS: Record<string, CollectionLabels> = {
  platforms,
  'subscription-tiers': subscriptionTiers,
  'add-ons': addOns,
  vendors,
  'vendor-platforms': vendorPlatforms,
  'vendor-subscriptions': vendorSubscriptions,
  'content-pages': contentPages,
  'contact-messages': contactMessages,
  products,
  orders,
  'letzshop-connections': letzshopConnections,
  'letzshop-sync-runs': letzshopSyncRuns,
  'vendor-invoice-settings': invoiceSettings,
  'invoice-logos': invoiceLogos,
  invoices,
  users,
  'sent-emails': sentEmails,
  'signup-sessions': signupSessions,
  'signup-trials': signupTrials,
  'stripe-events': stripeEvents,
  'capacity-snapshots': capacitySnapshots,
}

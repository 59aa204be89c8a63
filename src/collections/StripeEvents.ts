import type { CollectionConfig } from 'payload'

import { isSuperAdmin } from '@/access/isSuperAdmin'
import { nobody } from '@/access/nobody'
import { STRIPE_EVENT_OUTCOMES } from '@/services/stripe/webhooks/eventOutcomes'

/**
 * Every verified Stripe webhook event, stored once by its id (POST /api/stripe/webhook) and processed by the
 * processStripeEvent job. Written only by the app; super admins read it (support), nobody edits it over REST.
 */
export const StripeEvents: CollectionConfig<'stripe-events'> = {
  slug: 'stripe-events',
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'receivedAt', 'processedAt', 'outcome', 'error'],
  },
  access: { read: isSuperAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true },
    { name: 'type', type: 'text', required: true, index: true },
    { name: 'payload', type: 'json', required: true },
    { name: 'receivedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'processedAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'outcome', type: 'select', options: STRIPE_EVENT_OUTCOMES.map((value) => ({ label: value, value })) },
    /** Why an event was handled as it was (e.g. no subscription of ours matches it). */
    { name: 'note', type: 'text' },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0 },
    /** The last processing failure; cleared when a retry succeeds. */
    { name: 'error', type: 'textarea' },
  ],
}

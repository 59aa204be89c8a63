import type Stripe from 'stripe'

type IdOrObject = string | { id: string } | null | undefined

const idOf = (value: IdOrObject): string | null => (value ? (typeof value === 'string' ? value : value.id) : null)

/** The Stripe subscription an event is about, or null (a setup intent, an invoice of no subscription, another object). */
export function eventSubscriptionId(event: Stripe.Event): string | null {
  const object = event.data.object as {
    object?: string
    id?: string
    subscription?: IdOrObject
    parent?: { subscription_details?: { subscription?: IdOrObject } | null } | null
  }
  if (object.object === 'subscription') return object.id ?? null
  if (object.object === 'invoice') {
    // API 2025-03 and later keep it under parent.subscription_details; older payloads had invoice.subscription.
    return idOf(object.parent?.subscription_details?.subscription) ?? idOf(object.subscription)
  }
  return null
}

export const eventCustomerId = (event: Stripe.Event): string | null =>
  idOf((event.data.object as { customer?: string | { id: string } | null }).customer)

/**
 * What the processing of an event locks: its subscription (two events of one subscription never interleave), else
 * its customer, else the event itself.
 */
export const eventLockKey = (event: Stripe.Event): string =>
  eventSubscriptionId(event) ?? (eventCustomerId(event) ? `customer:${eventCustomerId(event)}` : `event:${event.id}`)

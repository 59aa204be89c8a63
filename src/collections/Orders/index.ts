import type { CollectionConfig } from 'payload'

import { appOnlyField } from '@/access/appOnlyField'
import { centsField } from '@/fields/centsField'
import { quantityField } from '@/fields/quantityField'
import { featureGate } from '@/hooks/featureGate'

import { computeOrderTotals } from './hooks/computeOrderTotals'
import { freezeOrderOrigin } from './hooks/freezeOrderOrigin'
import {
  answerReplayedOrder,
  claimIdempotencyKey,
  readIdempotencyKey,
  recordIdempotencyKey,
} from './hooks/idempotencyKey'
import { keepInvoicedOrders } from './hooks/keepInvoicedOrders'

/** Line totals and the total are computed from the lines (computeOrderTotals); nothing to check from a client. */
const computedTotal = () => true as const

export const ORDER_STATUSES = ['pending', 'confirmed', 'shipped', 'delivered', 'canceled', 'returned'] as const

/** An imported Letzshop unit's answer: unconfirmed until the vendor confirms (available) or declines (unavailable). */
export const LETZSHOP_UNIT_STATES = ['unconfirmed', 'confirmed_available', 'confirmed_unavailable'] as const

/** OMS orders; vendor ownership, access and the monthly quota come from the vendorOwned and tierLimits plugins. */
export const Orders: CollectionConfig<'orders'> = {
  slug: 'orders',
  admin: {
    useAsTitle: 'customerName',
    defaultColumns: ['customerName', 'total', 'status', 'source', 'placedAt', 'vendor'],
  },
  // Letzshop order ids are unique per vendor; direct orders have none (NULLs do not collide).
  indexes: [{ fields: ['vendor', 'externalId'], unique: true }],
  hooks: {
    beforeOperation: [readIdempotencyKey],
    beforeValidate: [computeOrderTotals],
    // The key last: a request refused for scope or feature never takes it.
    beforeChange: [
      freezeOrderOrigin,
      featureGate('letzshop_sync', (data) => data.source === 'letzshop'),
      claimIdempotencyKey,
    ],
    afterOperation: [recordIdempotencyKey],
    afterError: [answerReplayedOrder],
    beforeDelete: [keepInvoicedOrders],
  },
  fields: [
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'direct',
      options: [
        { label: 'Direct', value: 'direct' },
        { label: 'Letzshop', value: 'letzshop' },
      ],
    },
    { name: 'externalId', type: 'text', admin: { description: 'The order id on Letzshop.' } },
    { name: 'customerName', type: 'text', required: true },
    { name: 'customerEmail', type: 'email' },
    {
      name: 'lines',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        { name: 'description', type: 'text', required: true },
        { name: 'sku', type: 'text' },
        // Set by the Letzshop import (the vendor's product with the line's SKU), so never another vendor's.
        { name: 'product', type: 'relationship', relationTo: 'products', access: appOnlyField },
        quantityField(),
        centsField('unitPrice'),
        centsField('lineTotal', { required: false, readOnly: true, validate: computedTotal }),
        // Letzshop's inventory unit behind the line; its answer and whether Letzshop has it (the confirmation job).
        { name: 'letzshopUnitId', type: 'text', access: appOnlyField },
        {
          name: 'letzshopState',
          type: 'select',
          options: LETZSHOP_UNIT_STATES.map((value) => ({ label: value, value })),
          access: appOnlyField,
        },
        { name: 'letzshopSent', type: 'checkbox', access: appOnlyField },
      ],
    },
    {
      name: 'shippingAddress',
      type: 'group',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'street', type: 'text' },
        { name: 'postalCode', type: 'text' },
        { name: 'city', type: 'text' },
        { name: 'country', type: 'text' },
      ],
    },
    { name: 'trackingNumber', type: 'text', access: appOnlyField },
    { name: 'trackingSent', type: 'checkbox', access: appOnlyField },
    centsField('total', { required: false, readOnly: true, validate: computedTotal }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ORDER_STATUSES.map((value) => ({ label: value, value })),
      index: true,
    },
    { name: 'placedAt', type: 'date', required: true, defaultValue: () => new Date().toISOString(), index: true },
  ],
}

import type { CollectionConfig } from 'payload'

import { centsField } from '@/fields/centsField'
import { quantityField } from '@/fields/quantityField'
import { featureGate } from '@/hooks/featureGate'

import { computeOrderTotals } from './hooks/computeOrderTotals'
import { freezeOrderOrigin } from './hooks/freezeOrderOrigin'
import { keepInvoicedOrders } from './hooks/keepInvoicedOrders'

/** Line totals and the total are computed from the lines (computeOrderTotals); nothing to check from a client. */
const computedTotal = () => true as const

export const ORDER_STATUSES = ['pending', 'confirmed', 'shipped', 'delivered', 'canceled', 'returned'] as const

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
    beforeValidate: [computeOrderTotals],
    beforeChange: [freezeOrderOrigin, featureGate('letzshop_sync', (data) => data.source === 'letzshop')],
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
        quantityField(),
        centsField('unitPrice'),
        centsField('lineTotal', { required: false, readOnly: true, validate: computedTotal }),
      ],
    },
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

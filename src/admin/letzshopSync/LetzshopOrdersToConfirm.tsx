'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { Order } from '@/payload-types'

import { useAdminText } from '../useAdminText'

import { useApi } from './LetzshopSyncPanel'

type Choice = Record<string, 'confirm' | 'decline' | undefined>

/** The imported Letzshop orders still pending: per unit available / unavailable (some or all), a tracking number, sent. */
export function LetzshopOrdersToConfirm() {
  const { t } = useAdminText()
  const api = useApi()
  const [orders, setOrders] = useState<Order[]>([])
  const [choices, setChoices] = useState<Record<number, Choice>>({})
  const [tracking, setTracking] = useState<Record<number, string>>({})
  const [notes, setNotes] = useState<Record<number, string>>({})

  const load = useCallback(async () => {
    const query = 'where[source][equals]=letzshop&where[status][equals]=pending&sort=-placedAt&limit=20&depth=0'
    const answer = await api<{ docs: Order[] }>('GET', `/orders?${query}`).catch(() => ({ docs: [] }))
    setOrders(answer.docs)
  }, [api])

  useEffect(() => {
    void load()
  }, [load])

  async function send(order: Order) {
    const units = Object.entries(choices[order.id] ?? {})
      .filter(([, action]) => action)
      .map(([id, action]) => ({ id, action }))
    const trackingNumber = tracking[order.id]?.trim() || undefined
    try {
      await api('POST', `/vendor/orders/${order.id}/letzshop-confirmation`, { units, trackingNumber })
      setNotes((current) => ({ ...current, [order.id]: t('letzshopSyncSent') }))
      setChoices((current) => ({ ...current, [order.id]: {} }))
      await load()
    } catch (error) {
      setNotes((current) => ({ ...current, [order.id]: (error as Error).message }))
    }
  }

  return (
    <section className="letzshop-sync__orders">
      <h2>{t('letzshopSyncOrders')}</h2>
      {orders.length === 0 ? <p>{t('letzshopSyncOrdersEmpty')}</p> : null}
      {orders.map((order) => (
        <article
          key={order.id}
          data-order={order.externalId}
          style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '12px 0' }}
        >
          <strong>
            {order.customerName} · {order.externalId}
          </strong>
          {notes[order.id] ? <p role="status">{notes[order.id]}</p> : null}
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {(order.lines ?? [])
              .filter((line) => line.letzshopUnitId)
              .map((line) => {
                const id = line.letzshopUnitId!
                const answered = line.letzshopState !== 'unconfirmed'
                return (
                  <li key={id} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                    <span style={{ minWidth: 240 }}>
                      {line.description} ({line.sku ?? '–'})
                    </span>
                    {answered ? (
                      <span>
                        {line.letzshopState === 'confirmed_available'
                          ? t('letzshopSyncConfirm')
                          : t('letzshopSyncDecline')}
                      </span>
                    ) : (
                      (['confirm', 'decline'] as const).map((action) => (
                        <label key={action}>
                          <input
                            type="radio"
                            name={`unit-${id}`}
                            checked={choices[order.id]?.[id] === action}
                            onChange={() =>
                              setChoices((current) => ({
                                ...current,
                                [order.id]: { ...current[order.id], [id]: action },
                              }))
                            }
                          />{' '}
                          {action === 'confirm' ? t('letzshopSyncConfirm') : t('letzshopSyncDecline')}
                        </label>
                      ))
                    )}
                  </li>
                )
              })}
          </ul>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input
              aria-label={t('letzshopSyncTracking')}
              placeholder={t('letzshopSyncTracking')}
              value={tracking[order.id] ?? ''}
              onChange={(event) => setTracking((current) => ({ ...current, [order.id]: event.target.value }))}
              style={{ padding: 6 }}
            />
            <Button disabled={!Object.values(choices[order.id] ?? {}).some(Boolean)} onClick={() => void send(order)}>
              {t('letzshopSyncSend')}
            </Button>
          </div>
        </article>
      ))}
    </section>
  )
}

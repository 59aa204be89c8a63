'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { type FormEvent, useCallback, useEffect, useState } from 'react'

import { formatDateTime } from '@/i18n/format'
import { letzshopConnections, letzshopSyncRuns } from '@/i18n/labels/letzshopSync'

import { useAdminText } from '../useAdminText'

import { LetzshopOrdersToConfirm } from './LetzshopOrdersToConfirm'

type Connection = {
  status: 'active' | 'paused' | 'failing'
  keyLast4: string
  shopSlug: string | null
  lastRunAt: string | null
  nextRunAt: string | null
  heldByLimit: number
  failure: string | null
}
type Run = {
  id: number
  startedAt: string | null
  status: string
  imported: number
  skipped: number
  heldByLimit: number
  error: string | null
}
type SyncState = { connection: Connection | null; runs: Run[] }

/** Calls an /api route of ours as the signed-in user: the answer's body, or its first error message thrown. */
export function useApi() {
  const { config } = useConfig()
  return useCallback(
    async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${config.serverURL}${config.routes.api}${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok) throw new Error(answer?.errors?.[0]?.message ?? `HTTP ${response.status}`)
      return answer as T
    },
    [config.serverURL, config.routes.api],
  )
}

/** The owner's Letzshop sync page: connect, status, pause/resume, sync now, disconnect, the limit banner, the runs. */
export function LetzshopSyncPanel() {
  const { t, language } = useAdminText()
  const api = useApi()
  const [state, setState] = useState<SyncState | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const [plans, setPlans] = useState<string[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [apiKey, setApiKey] = useState('')
  const [busy, setBusy] = useState(false)
  const when = (at: string | null) => (at ? formatDateTime(at, language) : '–')
  const connectionStatus = (status: string) => letzshopConnections.fields.status.options?.[status]?.[language] ?? status
  const runStatus = (status: string) => letzshopSyncRuns.fields.status.options?.[status]?.[language] ?? status

  const load = useCallback(async () => {
    try {
      setState(await api<SyncState>('GET', '/vendor/letzshop/sync'))
      setRefused(null)
    } catch (error) {
      setRefused((error as Error).message)
      const pricing = await api<{ tiers: { name: string; features: string[] }[] }>(
        'GET',
        '/platform/pricing?platform=oms',
      ).catch(() => null)
      setPlans(pricing?.tiers.filter((tier) => tier.features.includes('letzshop_sync')).map((tier) => tier.name) ?? [])
    }
  }, [api])

  useEffect(() => {
    void load()
  }, [load])

  async function act(method: string, path: string, body?: unknown, done?: string) {
    setBusy(true)
    setMessage(null)
    try {
      await api(method, path, body)
      if (done) setMessage(done)
      await load()
    } catch (error) {
      setMessage((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  function connect(event: FormEvent) {
    event.preventDefault()
    void act('PUT', '/vendor/letzshop/connection', { apiKey: apiKey.trim() }).then(() => setApiKey(''))
  }

  if (refused)
    return (
      <div className="letzshop-sync" role="alert">
        <p>{refused}</p>
        {plans.length > 0 ? <p>{t('letzshopSyncPlans', { plans: plans.join(', ') })}</p> : null}
      </div>
    )
  if (!state) return null
  const { connection, runs } = state

  return (
    <div className="letzshop-sync" style={{ display: 'grid', gap: 24, maxWidth: 960 }}>
      {connection && connection.heldByLimit > 0 ? (
        <div role="status" className="letzshop-sync__banner" style={banner}>
          {t('letzshopSyncHeldBanner', { count: connection.heldByLimit })}
        </div>
      ) : null}
      {connection?.failure ? (
        <div role="alert" style={{ ...banner, borderColor: 'var(--theme-error-500)' }}>
          {connection.failure}
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}

      {connection ? (
        <section>
          <p>
            {t('letzshopSyncStatus', {
              status: connectionStatus(connection.status),
              last4: connection.keyLast4,
              shop: connection.shopSlug ?? '–',
            })}
          </p>
          <p>
            {t('letzshopSyncLastRun', { at: when(connection.lastRunAt) })} ·{' '}
            {t('letzshopSyncNextRun', { at: when(connection.nextRunAt) })}
          </p>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {connection.status === 'active' ? (
              <>
                <Button
                  disabled={busy}
                  onClick={() => act('POST', '/vendor/letzshop/sync', undefined, t('letzshopSyncQueued'))}
                >
                  {t('letzshopSyncNow')}
                </Button>
                <Button
                  buttonStyle="secondary"
                  disabled={busy}
                  onClick={() => act('PATCH', '/vendor/letzshop/connection', { status: 'paused' })}
                >
                  {t('letzshopSyncPause')}
                </Button>
              </>
            ) : connection.status === 'paused' ? (
              <Button disabled={busy} onClick={() => act('PATCH', '/vendor/letzshop/connection', { status: 'active' })}>
                {t('letzshopSyncResume')}
              </Button>
            ) : null}
            <Button buttonStyle="error" disabled={busy} onClick={() => act('DELETE', '/vendor/letzshop/connection')}>
              {t('letzshopSyncDisconnect')}
            </Button>
          </div>
        </section>
      ) : null}

      <form onSubmit={connect} style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <label style={{ display: 'grid', gap: 4 }}>
          {t('letzshopSyncKeyLabel')}
          <input
            name="apiKey"
            type="password"
            autoComplete="off"
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
            style={{ minWidth: 320, padding: 8 }}
          />
        </label>
        <Button type="submit" disabled={busy || apiKey.trim() === ''}>
          {connection ? t('letzshopSyncReplaceKey') : t('letzshopSyncConnect')}
        </Button>
      </form>

      <section>
        <h2>{t('letzshopSyncHistory')}</h2>
        {runs.length === 0 ? (
          <p>{t('letzshopSyncRunsEmpty')}</p>
        ) : (
          <table className="letzshop-sync__runs" style={{ width: '100%', textAlign: 'left' }}>
            <thead>
              <tr>
                {(
                  [
                    'letzshopSyncColStarted',
                    'letzshopSyncColStatus',
                    'letzshopSyncColImported',
                    'letzshopSyncColSkipped',
                    'letzshopSyncColHeld',
                    'letzshopSyncColError',
                  ] as const
                ).map((key) => (
                  <th key={key}>{t(key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>{when(run.startedAt)}</td>
                  <td>{runStatus(run.status)}</td>
                  <td>{run.imported}</td>
                  <td>{run.skipped}</td>
                  <td>{run.heldByLimit}</td>
                  <td>{run.error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {connection ? <LetzshopOrdersToConfirm /> : null}
    </div>
  )
}

const banner = {
  padding: '12px 16px',
  border: '1px solid var(--theme-warning-500)',
  borderRadius: 4,
  background: 'var(--theme-elevation-50)',
}

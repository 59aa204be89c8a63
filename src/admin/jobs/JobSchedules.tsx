import type { ServerProps } from 'payload'

import { requestLanguage, translate } from '@/i18n/t'
import { JOB_SCHEDULES } from '@/jobs/schedules'
import { resolveSchedules, type ScheduleStatus, scheduleStatuses } from '@/services/jobs/schedules'
import { hasRole } from '@/utilities/roles'

const cell = { padding: '4px 12px 4px 0', verticalAlign: 'top' } as const

/**
 * Above the jobs list (super admins only, as the list itself): each schedule with its cron, the variable that
 * overrides it, its next run and how its latest slot's run went. Failures of any job show in the list below.
 */
export async function JobSchedules({ i18n, payload, user }: ServerProps) {
  if (!user || !hasRole(user, 'super-admin')) return null
  const language = requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0])
  const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
    translate(language, key, vars)
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  const when = (iso: string | null) => (iso ? `${dates.format(new Date(iso))} UTC` : '—')
  const lastRun = (status: ScheduleStatus) => {
    if (!status.lastSlot) return t('jobSchedulesNever')
    if (status.lastError) return t('jobSchedulesFailed', { attempts: status.attempts, error: status.lastError })
    if (status.lastFinishedAt) return t('jobSchedulesFinished', { date: when(status.lastFinishedAt) })
    return t('jobSchedulesRunning')
  }
  const statuses = await scheduleStatuses(payload, resolveSchedules(JOB_SCHEDULES))
  return (
    <section style={{ marginBottom: 24 }} data-job-schedules>
      <h3 style={{ margin: '0 0 8px' }}>{t('jobSchedulesTitle')}</h3>
      <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th style={cell}>{t('jobSchedulesTask')}</th>
            <th style={cell}>{t('jobSchedulesCron')}</th>
            <th style={cell}>{t('jobSchedulesNextRun')}</th>
            <th style={cell}>{t('jobSchedulesLastRun')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => (
            <tr key={status.task} data-job-schedule={status.task}>
              <td style={cell}>
                <code>{status.task}</code>
              </td>
              <td style={cell}>
                <code>{status.cron}</code> <span style={{ opacity: 0.7 }}>({status.env})</span>
              </td>
              <td style={cell}>{when(status.nextRun)}</td>
              <td style={cell}>
                {status.lastSlot ? `${when(status.lastSlot)}: ` : ''}
                {lastRun(status)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

import type { AdminLanguage } from '@/i18n/languages'
import { translate, type Message } from '@/i18n/t'
import type { FirstWeekStep } from '@/services/onboarding/firstWeekChecklist'
import type { ShopOverview } from '@/services/onboarding/shopOverview'

const STEP_LABELS: Record<FirstWeekStep, Message> = {
  claim: 'dashboardStepClaim',
  pages: 'dashboardStepPages',
  team: 'dashboardStepTeam',
  card: 'dashboardStepCard',
  orders: 'dashboardStepOrders',
}

/**
 * The welcome and the first week's steps of one shop, each linking to where it is done (`links`, with `labels` for
 * a step whose way differs for this shop); not rendered once every step is done.
 */
export function FirstWeekChecklist({
  language,
  overview,
  links,
  labels = {},
}: {
  language: AdminLanguage
  overview: ShopOverview
  links: Record<FirstWeekStep, string>
  labels?: Partial<Record<FirstWeekStep, Message>>
}) {
  const { vendor, platform, checklist } = overview
  if (checklist.complete) return null
  const done = checklist.steps.filter((step) => step.done).length
  const headingId = `first-week-${vendor.id}-${platform.id}`
  return (
    <section
      aria-labelledby={headingId}
      data-first-week={`${vendor.slug}:${platform.code}`}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderLeft: '4px solid var(--theme-success-500)',
        borderRadius: 6,
        padding: 16,
        marginBottom: 16,
      }}
    >
      <h2 id={headingId} style={{ margin: '0 0 4px', fontSize: 20 }}>
        {translate(language, 'dashboardWelcome', { platform: platform.name })}
      </h2>
      <p style={{ margin: '0 0 12px' }}>{translate(language, 'dashboardWelcomeIntro', { vendor: vendor.name })}</p>
      <p style={{ margin: '0 0 8px', fontSize: 13 }} data-first-week-progress>
        {translate(language, 'dashboardProgress', { done, total: checklist.steps.length })}
      </p>
      <ol style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
        {checklist.steps.map(({ step, done: isDone }) => {
          const label = translate(language, labels[step] ?? STEP_LABELS[step])
          return (
            <li
              key={step}
              data-step={step}
              data-done={isDone}
              style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '4px 0' }}
            >
              <span aria-hidden="true" style={{ width: 18, fontWeight: 'bold' }}>
                {isDone ? '✓' : '○'}
              </span>
              {isDone ? (
                <span style={{ textDecoration: 'line-through' }}>{label}</span>
              ) : (
                <a href={links[step]}>{label}</a>
              )}
              <span style={srOnly}>({translate(language, isDone ? 'dashboardStepDone' : 'dashboardStepToDo')})</span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

/** Read by screen readers, not shown. */
const srOnly = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

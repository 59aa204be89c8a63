'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'

import { AccountStep, accountProblems } from './AccountStep'
import { CardStep } from './CardStep'
import { PlanStep } from './PlanStep'
import { ShopStep } from './ShopStep'
import { signupApi, type SignupProgress, type SignupTrial } from './signupApi'
import { STEPS, type AccountValues, type Billing, type SignupTier, type Step } from './types'

type Props = {
  platform: string
  locale: Locale
  tiers: SignupTier[]
  initialTier: string
  initialBilling: Billing
  /** Whether the page was opened with a plan chosen (?tier=): then a stored session for another plan is not resumed. */
  planRequested: boolean
  stripeJsUrl: string
  publishableKey: string | null
}

const storageKey = (platform: string) => `signup-session:${platform}`

/** The step in the address (`?step=`): each step is a history entry, so Back and Forward move between steps. */
const addressStep = (): Step | null => {
  const step = new URLSearchParams(window.location.search).get('step')
  return STEPS.find((each) => each === step) ?? null
}

const stepAddress = (step: Step): string => {
  const url = new URL(window.location.href)
  url.searchParams.set('step', step)
  return url.href
}

const EMPTY_ACCOUNT: AccountValues = { email: '', password: '', companyName: '', country: 'LU', vatNumber: '' }

/**
 * The four signup steps; the state lives server-side in the signup session, whose id this tab keeps in sessionStorage
 * (also once completed, so that Back, a reload or the signup page opened again says the signup is finished).
 */
export function SignupWizard({
  platform,
  locale,
  tiers,
  initialTier,
  initialBilling,
  planRequested,
  stripeJsUrl,
  publishableKey,
}: Props) {
  const text = siteText(locale).signup
  const api = useMemo(() => signupApi(locale, text.genericError, platform), [locale, text.genericError, platform])
  const [step, setStep] = useState<Step | null>(null)
  const [tier, setTier] = useState(initialTier)
  const [billing, setBilling] = useState<Billing>(initialBilling)
  const [session, setSession] = useState<{ id: string; tier: string; billing: Billing } | null>(null)
  const [shop, setShop] = useState<SignupProgress['shop']>(null)
  const [account, setAccount] = useState<AccountValues>(EMPTY_ACCOUNT)
  const [accountErrors, setAccountErrors] = useState<Partial<Record<keyof AccountValues, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  /** Set once the session is complete; `notice`: why the subscription started without trial, just after completing. */
  const [finished, setFinished] = useState<{ notice: string | null } | null>(null)
  /** Why the session could not be read when the page opened (the server busy or unreachable); it is kept. */
  const [unavailable, setUnavailable] = useState<string | null>(null)
  /** Why the subscription starts without trial, once a step (or the completion) says so. */
  const [withoutTrial, setWithoutTrial] = useState<string | null>(null)
  const noteTrial = (trial: SignupTrial | undefined) => setWithoutTrial(trial && !trial.offered ? trial.message : null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  /** The furthest step this page has shown: Back and Forward up to it need not ask the server again. */
  const reached = useRef(-1)
  const show = useCallback((next: Step) => {
    reached.current = Math.max(reached.current, STEPS.indexOf(next))
    setStep(next)
  }, [])

  const goTo = useCallback(
    (next: Step) => {
      moved.current = true
      setFormError(null)
      show(next)
      window.history.pushState(null, '', stepAddress(next))
    },
    [show],
  )

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [step, finished])

  /**
   * Shows the session this tab started as the server records it: at `requested` (the address's step) when the server
   * allows that step, else at the furthest one it allows. `opened`: the page was just opened, where a link for another
   * plan than the session's starts afresh.
   */
  const resume = useCallback(
    async (requested: Step | null, opened: boolean) => {
      const address = window.location.href
      const stored = window.sessionStorage.getItem(storageKey(platform))
      const answer = stored ? await api.session(stored) : null
      // Back or Forward again while the server answered: the newer move shows its own step.
      if (window.location.href !== address) return
      const land = (next: Step) => {
        show(next)
        window.history.replaceState(null, '', stepAddress(next))
      }
      // Busy or unreachable (a 429, a 5xx): the session is kept for the next try, and the visitor told.
      if (answer && !answer.ok && answer.error.status !== 404 && answer.error.status !== 400) {
        if (reached.current < 0) return setUnavailable(answer.error.message)
        return setFormError(answer.error.message)
      }
      if (answer?.ok && answer.data.steps.complete) return setFinished({ notice: null })
      const plan = answer?.ok ? answer.data.plan : null
      if (
        !stored ||
        !answer?.ok ||
        !plan?.tier ||
        (opened && planRequested && (plan.tier !== initialTier || plan.billingPeriod !== initialBilling))
      ) {
        window.sessionStorage.removeItem(storageKey(platform))
        setSession(null)
        return land('plan')
      }
      const progress = answer.data
      setTier(plan.tier)
      setBilling(plan.billingPeriod)
      setSession({ id: stored, tier: plan.tier, billing: plan.billingPeriod })
      setShop(progress.shop)
      setWithoutTrial(progress.trial && !progress.trial.offered ? progress.trial.message : null)
      if (progress.account) {
        const { email, companyName, country, vatNumber } = progress.account
        // The password typed in this tab is kept; the server never sends it back.
        setAccount((current) => ({
          email,
          password: current.password,
          companyName,
          country,
          vatNumber: vatNumber ?? '',
        }))
      }
      // The shop is optional, so any session may open the account step; the card step needs the account.
      const open = STEPS.indexOf(progress.steps.account ? 'card' : 'account')
      if (requested) return land(STEPS[Math.min(STEPS.indexOf(requested), open)])
      land(progress.steps.account ? 'card' : progress.shop ? 'account' : 'shop')
    },
    [api, initialBilling, initialTier, planRequested, platform, show],
  )

  useEffect(() => {
    void resume(addressStep(), true)
    const onPopState = () => {
      const requested = addressStep()
      if (!requested) return
      moved.current = true
      setFormError(null)
      // A step this page has shown is still open (a session only moves forward); a further one is the server's call.
      if (STEPS.indexOf(requested) <= reached.current) setStep(requested)
      else void resume(requested, false)
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [resume])

  const startAgain = () => {
    window.sessionStorage.removeItem(storageKey(platform))
    setSession(null)
    setShop(null)
    setAccount(EMPTY_ACCOUNT)
    setWithoutTrial(null)
    setFinished(null)
    reached.current = -1
    goTo('plan')
  }

  const submitPlan = async () => {
    if (session && session.tier === tier && session.billing === billing) return goTo('shop')
    setBusy(true)
    const answer = await api.start({ platform, tier, billingPeriod: billing })
    setBusy(false)
    if (!answer.ok) return setFormError(answer.error.message)
    window.sessionStorage.setItem(storageKey(platform), answer.data.sessionId)
    setSession({ id: answer.data.sessionId, tier, billing })
    setShop(null)
    setWithoutTrial(null)
    goTo('shop')
  }

  const submitAccount = async () => {
    if (!session) return
    const problems = accountProblems(text, account)
    if (Object.keys(problems).length === 0) {
      setBusy(true)
      const answer = await api.account(session.id, {
        ...account,
        email: account.email.trim(),
        vatNumber: account.vatNumber.trim() || null,
      })
      setBusy(false)
      if (answer.ok) {
        setAccountErrors({})
        noteTrial(answer.data.trial)
        return goTo('card')
      }
      const known = Object.fromEntries(Object.entries(answer.error.fields).filter(([path]) => path in EMPTY_ACCOUNT))
      Object.assign(problems, known)
      if (Object.keys(known).length === 0) setFormError(answer.error.message)
    }
    setAccountErrors(problems)
    const first = (Object.keys(EMPTY_ACCOUNT) as (keyof AccountValues)[]).find((key) => problems[key])
    if (first) document.getElementById(`account-${first}`)?.focus()
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (busy) return
    if (step === 'plan') void submitPlan()
    if (step === 'account') void submitAccount()
  }

  if (finished) {
    return (
      <div className="wizard" data-step="finished">
        <section className="wizard__panel" aria-labelledby="wizard-heading">
          <h2 id="wizard-heading" ref={headingRef} tabIndex={-1}>
            {text.finished.heading}
          </h2>
          {finished.notice && (
            <p className="wizard__notice" role="status">
              {finished.notice}
            </p>
          )}
          <p className="wizard__intro">{text.finished.intro}</p>
          <div className="wizard__nav">
            <button type="button" className="button button--secondary" onClick={startAgain}>
              {text.finished.another}
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is Payload's app */}
            <a className="button" href="/admin">
              {text.finished.openAdmin}
            </a>
          </div>
        </section>
      </div>
    )
  }

  if (unavailable) {
    return (
      <div className="wizard__loading">
        <p role="alert">{unavailable}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setUnavailable(null)
            void resume(addressStep(), true)
          }}
        >
          {text.retryLoading}
        </button>
      </div>
    )
  }

  if (!step) {
    return (
      <p className="wizard__loading" role="status">
        {text.loading}
      </p>
    )
  }

  const index = STEPS.indexOf(step)
  const chosen = tiers.find((each) => each.code === tier)
  const price = chosen
    ? billing === 'annual'
      ? text.plan.perYear(chosen.annual ?? '')
      : text.plan.perMonth(chosen.monthly ?? '')
    : ''

  return (
    <div className="wizard" data-step={step}>
      <ol className="wizard__progress" aria-label={text.progressLabel}>
        {STEPS.map((name, position) => (
          <li
            key={name}
            aria-current={position === index ? 'step' : undefined}
            className={position < index ? 'done' : undefined}
          >
            <span className="wizard__progress-number" aria-hidden="true">
              {position + 1}
            </span>
            <span>{text.stepNames[name]}</span>
          </li>
        ))}
      </ol>
      <section className="wizard__panel" aria-labelledby="wizard-heading">
        <p className="wizard__step-of">{text.stepOf(index + 1, STEPS.length)}</p>
        <h2 id="wizard-heading" ref={headingRef} tabIndex={-1}>
          {text[step === 'plan' ? 'plan' : step === 'shop' ? 'shop' : step === 'account' ? 'account' : 'card'].heading}
        </h2>
        {formError && (
          <p className="wizard__error" role="alert">
            {formError}
          </p>
        )}
        {withoutTrial && (step === 'account' || step === 'card') && (
          <p className="wizard__notice" role="status">
            {withoutTrial}
          </p>
        )}
        {(step === 'plan' || step === 'account') && (
          <form id="step-form" onSubmit={onSubmit} noValidate>
            {step === 'plan' ? (
              <PlanStep
                text={text}
                tiers={tiers}
                tier={tier}
                billing={billing}
                onChange={(nextTier, nextBilling) => (setTier(nextTier), setBilling(nextBilling))}
              />
            ) : (
              <AccountStep text={text} values={account} errors={accountErrors} onChange={setAccount} />
            )}
          </form>
        )}
        {step === 'shop' && session && (
          <ShopStep
            text={text}
            api={api}
            sessionId={session.id}
            shop={shop}
            busy={busy}
            setBusy={setBusy}
            onClaimed={(progress) => (setShop(progress.shop), noteTrial(progress.trial), goTo('account'))}
          />
        )}
        {step === 'card' && session && (
          <CardStep
            text={text}
            api={api}
            locale={locale}
            sessionId={session.id}
            stripeJsUrl={stripeJsUrl}
            publishableKey={publishableKey}
            summary={
              chosen ? (withoutTrial ? text.card.summaryWithoutTrial : text.card.summary)(chosen.name, price) : ''
            }
            withTrial={!withoutTrial}
            busy={busy}
            setBusy={setBusy}
            onDone={(trial) => {
              setBusy(false)
              // Without trial, the wizard stays to say so (the card had one) before the admin opens.
              setFinished({ notice: trial.offered ? null : trial.message })
              if (trial.offered) window.location.assign('/admin')
            }}
          />
        )}
        <div className="wizard__nav">
          {index > 0 && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => goTo(STEPS[index - 1])}
            >
              {text.back}
            </button>
          )}
          {step === 'shop' ? (
            <button type="button" className="button" disabled={busy} onClick={() => goTo('account')}>
              {shop ? text.next : text.shop.skip}
            </button>
          ) : (
            <button type="submit" className="button" form={step === 'card' ? 'card-form' : 'step-form'} disabled={busy}>
              {busy
                ? text.working
                : step === 'card'
                  ? withoutTrial
                    ? text.card.submitWithoutTrial
                    : text.card.submit
                  : text.next}
            </button>
          )}
        </div>
      </section>
    </div>
  )
}

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

const EMPTY_ACCOUNT: AccountValues = { email: '', password: '', companyName: '', country: 'LU', vatNumber: '' }

/** The four signup steps; the state lives server-side in the signup session, whose id this tab keeps in sessionStorage. */
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
  const [done, setDone] = useState(false)
  /** Why the subscription starts without trial, once a step (or the completion) says so. */
  const [withoutTrial, setWithoutTrial] = useState<string | null>(null)
  const [doneNotice, setDoneNotice] = useState<string | null>(null)
  const noteTrial = (trial: SignupTrial | undefined) => setWithoutTrial(trial && !trial.offered ? trial.message : null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  const goTo = useCallback((next: Step) => {
    moved.current = true
    setFormError(null)
    setStep(next)
  }, [])

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [step])

  // Resume the session this tab started, from the server's record of it.
  useEffect(() => {
    const stored = window.sessionStorage.getItem(storageKey(platform))
    if (!stored) return setStep('plan')
    void api.session(stored).then((answer) => {
      const plan = answer.ok ? answer.data.plan : null
      if (
        !answer.ok ||
        answer.data.steps.complete ||
        !plan?.tier ||
        (planRequested && (plan.tier !== initialTier || plan.billingPeriod !== initialBilling))
      ) {
        window.sessionStorage.removeItem(storageKey(platform))
        return setStep('plan')
      }
      const progress = answer.data
      setTier(plan.tier)
      setBilling(plan.billingPeriod)
      setSession({ id: stored, tier: plan.tier, billing: plan.billingPeriod })
      setShop(progress.shop)
      setWithoutTrial(progress.trial && !progress.trial.offered ? progress.trial.message : null)
      if (progress.account) {
        const { email, companyName, country, vatNumber } = progress.account
        setAccount({ email, password: '', companyName, country, vatNumber: vatNumber ?? '' })
      }
      setStep(progress.steps.account ? 'card' : progress.shop ? 'account' : 'shop')
    })
  }, [api, initialBilling, initialTier, planRequested, platform])

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
        {withoutTrial && !done && (step === 'account' || step === 'card') && (
          <p className="wizard__notice" role="status">
            {withoutTrial}
          </p>
        )}
        {done ? (
          doneNotice ? (
            <>
              <p className="wizard__notice" role="status">
                {doneNotice}
              </p>
              <button type="button" className="button" onClick={() => window.location.assign('/admin')}>
                {text.card.openAdmin}
              </button>
            </>
          ) : (
            <p role="status">{text.card.done}</p>
          )
        ) : (
          <>
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
                  setDone(true)
                  window.sessionStorage.removeItem(storageKey(platform))
                  // Without trial, the wizard stays to say so (the card had one) before the admin opens.
                  if (trial.offered) window.location.assign('/admin')
                  else setDoneNotice(trial.message)
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
                <button
                  type="submit"
                  className="button"
                  form={step === 'card' ? 'card-form' : 'step-form'}
                  disabled={busy}
                >
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
          </>
        )}
      </section>
    </div>
  )
}

import { contactMessage } from './contactMessage'
import { invoice } from './invoice'
import { letzshopSync } from './letzshopSync'
import { paymentActionRequired } from './paymentActionRequired'
import { paymentFailed } from './paymentFailed'
import { trialWillEnd } from './trialWillEnd'
import type { EmailTemplate } from './types'
import { welcome } from './welcome'

export type { Branding, RenderedEmail } from './types'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template has its own Vars
type AnyEmailTemplate = EmailTemplate<any>

/** Every mail the app sends, by name (the `template` of a queued mail). */
export const EMAIL_TEMPLATES = {
  welcome,
  trialWillEnd,
  paymentFailed,
  paymentActionRequired,
  invoice,
  letzshopSync,
  contactMessage,
} satisfies Record<string, AnyEmailTemplate>

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES
export const EMAIL_TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[]

export type EmailVars<T extends EmailTemplateName> =
  (typeof EMAIL_TEMPLATES)[T] extends EmailTemplate<infer Vars> ? Vars : never

export const isEmailTemplateName = (value: unknown): value is EmailTemplateName =>
  typeof value === 'string' && Object.hasOwn(EMAIL_TEMPLATES, value)

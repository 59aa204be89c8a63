import { type Branding, EMAIL_TEMPLATES, type EmailTemplateName, type EmailVars, type RenderedEmail } from '@/emails'
import type { EmailTemplate } from '@/emails/types'
import { DEFAULT_LOCALE, isLocale } from '@/services/locales'

/**
 * The one way a mail's content is made: template `name` in `locale` (else English), with the platform's
 * branding. `vars` are checked against the template's schema first; a bad variable throws before anything is sent.
 */
export function renderEmail<T extends EmailTemplateName>(
  name: T,
  { locale, branding, vars }: { locale: string; branding: Branding; vars: EmailVars<T> | unknown },
): RenderedEmail {
  // One template of the table, whose vars its own schema checks below (the union of all templates cannot be called).
  const template = EMAIL_TEMPLATES[name] as EmailTemplate<unknown> | undefined
  if (!template)
    throw new Error(`Unknown email template "${String(name)}"; known: ${Object.keys(EMAIL_TEMPLATES).join(', ')}.`)
  const parsed = template.vars.safeParse(vars)
  if (!parsed.success)
    throw new Error(
      `Email "${name}" has invalid variables: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    )
  return template.render({ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, branding, vars: parsed.data })
}

import type { z } from 'zod'

import type { Locale } from '@/services/locales'

/** How a platform presents itself in its mails (from its `platforms` row). */
export type Branding = {
  name: string
  primaryColor: string
  logoUrl: string | null
}

export type RenderedEmail = { subject: string; html: string; text: string }

export type EmailTemplate<Vars> = {
  /** Checks the variables when a mail is queued and again when it is rendered. */
  vars: z.ZodType<Vars>
  render: (args: { locale: Locale; branding: Branding; vars: Vars }) => RenderedEmail
}

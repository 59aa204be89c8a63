'use client'

import { useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

import { type AdminLanguage, DEFAULT_ADMIN_LANGUAGE, isAdminLanguage } from '@/i18n/languages'
import { MESSAGES_NAMESPACE } from '@/i18n/namespace'
import type { Message } from '@/i18n/t'

export type AdminText = {
  /** The language the admin is shown in (Payload's i18n), one of ours. */
  language: AdminLanguage
  /** One of our messages (src/i18n/messages) in the admin language; `count` picks the plural form. */
  t: (message: Message, vars?: Record<string, string | number>) => string
}

/** Our messages through Payload's admin i18n (they join its translations as `app:<key>`, see src/i18n/adminI18n.ts). */
export function useAdminText(): AdminText {
  const { i18n } = useTranslation()
  const language = isAdminLanguage(i18n.language) ? i18n.language : DEFAULT_ADMIN_LANGUAGE
  const translate = i18n.t as unknown as (key: string, vars?: Record<string, unknown>) => string
  return useMemo(
    () => ({ language, t: (message, vars) => translate(`${MESSAGES_NAMESPACE}:${message}`, vars) }),
    [language, translate],
  )
}

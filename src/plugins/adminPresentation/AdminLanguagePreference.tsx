'use client'

import { useAuth, usePreferences, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useRef } from 'react'

import { isAdminLanguage } from '@/i18n/languages'

/** The payload-preferences key holding the user's admin language. */
export const LANGUAGE_PREFERENCE = 'admin-language'

/**
 * Payload 3.90 keeps the admin language only in a browser cookie (`payload-lng`, set by the account page's
 * language selector). This provider makes it the user's: when the language changes it is saved in the user's
 * payload-preferences, and when a user's session starts in a browser whose language differs from the saved one,
 * the admin switches to it (which also sets the cookie, so API answers follow).
 */
export function AdminLanguagePreference({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage } = useTranslation()
  const { getPreference, setPreference } = usePreferences()
  const synced = useRef<{ userId: number | string; language: string } | null>(null)
  const userId = user?.id
  const language = i18n.language

  useEffect(() => {
    if (userId === undefined) {
      synced.current = null
      return
    }
    const state = synced.current
    if (state?.userId === userId) {
      if (state.language !== language) {
        synced.current = { userId, language }
        void setPreference(LANGUAGE_PREFERENCE, language)
      }
      return
    }
    let current = true
    void getPreference<string>(LANGUAGE_PREFERENCE).then((saved) => {
      if (!current) return
      if (!isAdminLanguage(saved)) {
        synced.current = { userId, language }
        return
      }
      synced.current = { userId, language: saved }
      if (saved !== language) void switchLanguage?.(saved)
    })
    return () => {
      current = false
    }
  }, [userId, language, getPreference, setPreference, switchLanguage])

  return <>{children}</>
}

'use client'

import { useAuth, useLocale, usePreferences, useTranslation } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { type ReactNode, useEffect, useRef } from 'react'

import { isAdminLanguage } from '@/i18n/languages'
import { CONTENT_LOCALE_PREFERENCE, LANGUAGE_PREFERENCE } from '@/services/adminPreferences'
import { DEFAULT_LOCALE, isLocale } from '@/services/locales'

/**
 * Payload 3.90 keeps the admin language only in a browser cookie (`payload-lng`, set by the account page's
 * language selector). This provider makes it the user's: when the language changes it is saved in the user's
 * payload-preferences, and when a user's session starts in a browser whose language differs from the saved one,
 * the admin switches to it (which also sets the cookie, so API answers follow).
 *
 * The content locale (Payload's "Locale" pill) starts as that language: the server sets it when a session starts
 * (startContentLocale), and this provider sets it when a session has none, switching the page shown to it unless its
 * URL names a locale. Choosing another interface language moves it too.
 */
export function AdminLanguagePreference({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage } = useTranslation()
  const { getPreference, setPreference } = usePreferences()
  const contentLocale = useLocale()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const shown = useRef({ contentLocale: contentLocale?.code, pathname, searchParams })
  useEffect(() => {
    shown.current = { contentLocale: contentLocale?.code, pathname, searchParams }
  })
  const synced = useRef<{ userId: number | string; language: string } | null>(null)
  const userId = user?.id
  const language = i18n.language

  useEffect(() => {
    if (userId === undefined) {
      synced.current = null
      return
    }
    let current = true
    const showContentLocale = async (interfaceLanguage: string, { keepChosen }: { keepChosen: boolean }) => {
      if (keepChosen && isLocale(await getPreference<string>(CONTENT_LOCALE_PREFERENCE))) return
      const locale = isLocale(interfaceLanguage) ? interfaceLanguage : DEFAULT_LOCALE
      await setPreference(CONTENT_LOCALE_PREFERENCE, locale)
      const { contentLocale: showing, pathname: path, searchParams: params } = shown.current
      if (!current || showing === locale || (keepChosen && params.get('locale'))) return
      const query = new URLSearchParams(params.toString())
      query.set('locale', locale)
      router.replace(`${path}?${query.toString()}`)
    }
    const state = synced.current
    if (state?.userId === userId) {
      if (state.language !== language) {
        synced.current = { userId, language }
        void setPreference(LANGUAGE_PREFERENCE, language)
        void showContentLocale(language, { keepChosen: false })
      }
      return
    }
    const startContentLocale = (interfaceLanguage: string) => showContentLocale(interfaceLanguage, { keepChosen: true })
    void getPreference<string>(LANGUAGE_PREFERENCE).then((saved) => {
      if (!current) return
      if (!isAdminLanguage(saved)) {
        synced.current = { userId, language }
        void startContentLocale(language)
        return
      }
      synced.current = { userId, language: saved }
      if (saved !== language) void switchLanguage?.(saved)
      void startContentLocale(saved)
    })
    return () => {
      current = false
    }
  }, [userId, language, getPreference, setPreference, switchLanguage, router])

  return <>{children}</>
}

import type { Locale } from '@/services/locales'

import { de } from './de'
import { en } from './en'
import { fr } from './fr'
import type { SiteDictionary } from './types'

export type { SignupCountry, SignupDictionary, SiteDictionary, SiteLimit } from './types'
export { SIGNUP_COUNTRIES } from './types'
export { negotiateLocale } from './negotiateLocale'

const DICTIONARIES: Record<Locale, SiteDictionary> = { en, fr, de }

export const siteText = (locale: Locale): SiteDictionary => DICTIONARIES[locale]

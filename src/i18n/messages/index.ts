import type { AdminLanguage } from '../languages'
import { de } from './de'
import { en, type MessageKey, type Messages } from './en'
import { fr } from './fr'

export type { MessageKey, Messages }

export const MESSAGES: Record<AdminLanguage, Messages> = { en, fr, de }

/** The namespace of our messages in Payload's `i18n.translations` (`app:ownShopDataOnly` in admin components). */
export const MESSAGES_NAMESPACE = 'app'

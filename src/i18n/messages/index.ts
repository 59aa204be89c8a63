import type { AdminLanguage } from '../languages'

import { de } from './de'
import { en, type MessageKey, type Messages } from './en'
import { fr } from './fr'

export type { MessageKey, Messages }

export const MESSAGES: Record<AdminLanguage, Messages> = { en, fr, de }

// Kept in its own file so that client components can name it without bundling every message.
export { MESSAGES_NAMESPACE } from '../namespace'

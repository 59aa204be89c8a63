import type { PayloadRequest } from 'payload'

import { formatNumber } from './format'
import { type AdminLanguage, DEFAULT_ADMIN_LANGUAGE, isAdminLanguage } from './languages'
import { MESSAGES, type MessageKey } from './messages'
import { negotiateLocale } from './site/negotiateLocale'

/** A message name without its plural suffix: `productLimitReached` for `productLimitReached_one` / `_other`. */
export type Message = MessageKey extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never

export type MessageVars = { [name: string]: string | number | MessageRef | MessageList }

/** A message inside another's variables, translated in the same language: `{ allowed: { message: 'useOneOf', vars: { slugs } } }`. */
export type MessageRef = { message: Message; vars?: MessageVars }

/** Messages inside another's variables, each translated, joined: `{ details: { join: '. ', messages: [...] } }`. */
export type MessageList = { join: string; messages: MessageRef[] }

/** What a message's language is read from: a Payload request, or a plain one (our Next.js route handlers). */
export type MessageSource = Pick<PayloadRequest, 'i18n'> | Pick<Request, 'headers'> | null | undefined

/**
 * The language of a request's messages: Payload's choice for it (cookie, then Accept-Language); for a plain
 * request, which skipped Payload's pipeline, its Accept-Language; else English.
 */
export const requestLanguage = (req: MessageSource): AdminLanguage => {
  if (req && 'i18n' in req) {
    const language = req.i18n?.language
    return isAdminLanguage(language) ? language : DEFAULT_ADMIN_LANGUAGE
  }
  return req?.headers ? negotiateLocale(undefined, req.headers.get('accept-language')) : DEFAULT_ADMIN_LANGUAGE
}

/** `message` in `language`, its `{{vars}}` filled in; numbers are formatted for the language and `count` picks the plural form. */
export function translate(language: AdminLanguage, message: Message, vars: MessageVars = {}): string {
  const table = MESSAGES[language] as Record<string, string>
  const english = MESSAGES[DEFAULT_ADMIN_LANGUAGE] as Record<string, string>
  const candidates =
    typeof vars.count === 'number'
      ? [`${message}_${new Intl.PluralRules(language).select(vars.count)}`, `${message}_other`, message]
      : [message]
  const key = candidates.find((candidate) => candidate in table) ?? candidates.find((candidate) => candidate in english)
  const template = key ? (table[key] ?? english[key]) : message
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = vars[name]
    if (value === undefined) return placeholder
    if (typeof value === 'object' && 'messages' in value)
      return value.messages.map((each) => translate(language, each.message, each.vars)).join(value.join)
    if (typeof value === 'object') return translate(language, value.message, value.vars)
    return typeof value === 'number' ? formatNumber(value, language) : value
  })
}

/**
 * One of our messages in the language of the request (the admin's language for admin users, Accept-Language
 * for API clients), falling back to English: `t(req, 'productLimitReached', { plan: 'Essential', count: 100 })`.
 */
export const t = (req: MessageSource, message: Message, vars?: MessageVars): string =>
  translate(requestLanguage(req), message, vars)

import * as tables from '../db/tables'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../locales'

const LOCALES_TABLE = { tier: tables.subscriptionTiersLocales, addOn: tables.addOnsLocales }

/**
 * SQL text for the name (or description) of a tier or add-on in a locale, falling back to the default locale as
 * Payload's own reads do: `locale` is a SQL expression (a bound parameter such as `$5`, or `localeLiteral(...)`).
 */
export function localizedNameSql(
  kind: keyof typeof LOCALES_TABLE,
  parentId: { toString(): string },
  locale: string,
  column: 'name' | 'description' = 'name',
) {
  const l = LOCALES_TABLE[kind].as(`${kind === 'tier' ? 'tier' : 'add_on'}_${column}`)
  return `(SELECT ${l[column]} FROM ${l} WHERE ${l._parent_id} = ${parentId} AND ${l[column]} IS NOT NULL
    ORDER BY ${l._locale} = ${locale}::${tables.locales} DESC, ${l._locale} = '${DEFAULT_LOCALE}' DESC LIMIT 1)`
}

/** A locale as a SQL literal; anything not one of our locales becomes the default one. */
export const localeLiteral = (locale: string | undefined): string => {
  const known: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE
  return `'${known}'`
}

import { siteText, type SiteDictionary } from '@/i18n/site'
import type { Locale } from '@/services/locales'

/** A feature code as a visitor reads it; an unknown code (added later to the enum) shows as words, never as a code. */
export function featureName(code: string, locale: Locale): string {
  const names = siteText(locale).features as Record<string, string>
  return names[code as keyof SiteDictionary['features']] ?? code.replace(/_/g, ' ')
}

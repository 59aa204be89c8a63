import { describe, expect, it } from 'vitest'

import { ADMIN_LANGUAGES } from '@/i18n/languages'
import { MESSAGES } from '@/i18n/messages'

describe('billing page texts', () => {
  const ours = Object.keys(MESSAGES.en).filter(
    (key) => key.startsWith('billingPage') || key.startsWith('billingDunning'),
  )

  it('exist in en, fr and de, translated (not English left in place)', () => {
    expect(ours.length).toBeGreaterThan(50)
    for (const language of ADMIN_LANGUAGES) {
      for (const key of ours)
        expect((MESSAGES[language] as Record<string, string>)[key]?.trim(), `${language} ${key}`).toBeTruthy()
    }
    // Words that are the same in several languages ("PDF", "Date", "Status", French "Active") are few; whole sentences never are.
    const untranslated = (language: 'fr' | 'de') =>
      ours.filter(
        (key) => (MESSAGES[language] as Record<string, string>)[key] === (MESSAGES.en as Record<string, string>)[key],
      )
    expect(untranslated('fr')).toEqual([
      'billingPageAddOnActive',
      'billingPageSubscriptionInvoiceDate',
      'billingPageSubscriptionInvoicePdf',
    ])
    expect(untranslated('de')).toEqual([
      'billingPageStatus',
      'billingPageLimits',
      'billingPageSubscriptionInvoiceStatus',
      'billingPageSubscriptionInvoicePdf',
    ])
    expect(MESSAGES.fr.billingPageTitle).toBe('Facturation')
    expect(MESSAGES.de.billingPageTitle).toBe('Abrechnung')
  })
})

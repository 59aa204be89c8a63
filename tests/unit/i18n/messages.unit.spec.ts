import { describe, expect, it } from 'vitest'

import { ADMIN_LANGUAGES } from '@/i18n/languages'
import { MESSAGES } from '@/i18n/messages'
import { type Message, t, translate } from '@/i18n/t'

describe('our messages (src/i18n/messages) and t()', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()

  it('exist in every language with the same variables', () => {
    for (const [key, english] of Object.entries(MESSAGES.en)) {
      for (const language of ADMIN_LANGUAGES) {
        const text = (MESSAGES[language] as Record<string, string>)[key]
        expect(text?.trim(), `${language} ${key}`).toBeTruthy()
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english))
      }
    }
  })

  it("picks the request's language, plural form and number format, falling back to English", () => {
    const req = (language: string) => ({ i18n: { language } }) as Parameters<typeof t>[0]
    expect(t(req('en'), 'productLimitReached', { plan: 'Essential', count: 100 })).toBe(
      'Product limit reached: your Essential plan allows 100 products (products). Upgrade or archive products.',
    )
    expect(t(req('en'), 'productLimitReached', { plan: 'Essential', count: 1 })).toContain(
      'allows 1 product (products)',
    )
    expect(t(req('fr'), 'cmsPageLimitReached', { plan: 'Essential', count: 0 })).toContain('permet 0 page (cmsPages)')
    expect(t(req('fr'), 'orderLimitReached', { plan: 'Business', count: 10000 })).toContain(
      'permet 10\u202f000 commandes',
    )
    expect(t(req('de'), 'orderLimitReached', { plan: 'Business', count: 10000 })).toContain(
      'erlaubt 10.000 Bestellungen',
    )
    expect(t(req('de'), 'ownShopDataOnly')).toBe('Sie können nur die Daten Ihres eigenen Shops verwalten.')
    expect(t(req('it'), 'ownShopDataOnly')).toBe("You can only manage your own shop's data.")
    expect(t(undefined, 'billingNoVendorNamed', { vendor: 'luxcraft' })).toBe('You own no vendor "luxcraft".')
    expect(translate('fr', 'billingNoVendorNamed' as Message)).toBe('Vous ne possédez pas de boutique « {{vendor}} ».')
  })
})

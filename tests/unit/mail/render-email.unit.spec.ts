import { describe, expect, it } from 'vitest'

import { renderEmail } from '@/services/mail/renderEmail'

const welcomeVars = (vendorName: string) => ({
  vendorName,
  trialEndsAt: '2026-12-29T10:00:00.000Z',
  adminUrl: 'https://oms.example.lu/admin',
  planName: 'Professional',
  priceAfterTrial: 7900,
  billingPeriod: 'monthly' as const,
  loginEmail: 'owner@shop.test',
})

describe('the welcome mail', () => {
  it('still renders a mail queued before the plan and login lines existed, without them', () => {
    const content = renderEmail('welcome', {
      locale: 'fr',
      branding: { name: 'OMS', primaryColor: '#123456', logoUrl: null },
      vars: { vendorName: 'Shop', trialEndsAt: '2026-12-29T10:00:00.000Z', adminUrl: 'https://oms.example.lu/admin' },
    })
    expect(content.text).toContain('https://oms.example.lu/admin')
    expect(content.text).not.toContain('essai gratuit court')
  })

  it('says a subscription that started without trial was charged, in each language', () => {
    const branding = { name: 'OMS', primaryColor: '#123456', logoUrl: null }
    const vars = { ...welcomeVars('Shop'), trialEndsAt: null }
    const texts = (['en', 'fr', 'de'] as const).map((locale) => renderEmail('welcome', { locale, branding, vars }).text)
    expect(texts[0]).toContain('Your subscription started today, without free trial: the first payment has been taken.')
    expect(texts[1]).toContain('sans essai gratuit : le premier paiement a été prélevé')
    expect(texts[2]).toContain('ohne kostenlose Testphase: Die erste Zahlung wurde abgebucht')
    for (const text of texts) expect(text).not.toMatch(/trial runs until|essai gratuit court|Testphase läuft/)
  })

  it('falls back to English for another language, and escapes the platform name too', () => {
    const content = renderEmail('welcome', {
      locale: 'it',
      branding: { name: 'O"MS <b>', primaryColor: 'red;background:url(x)', logoUrl: 'javascript:alert(1)' },
      vars: welcomeVars('Shop'),
    })
    expect(content.subject).toBe('Welcome to O"MS <b>: “Shop” is ready')
    expect(content.text).toContain('Your free trial runs until 29 December 2026;')
    expect(content.html).toContain('<html lang="en">')
    expect(content.html).toContain('O&quot;MS &lt;b&gt;')
    expect(content.html).not.toContain('<b>')
    expect(content.html).not.toContain('javascript:')
    expect(content.html).not.toContain('red;background')
  })
})

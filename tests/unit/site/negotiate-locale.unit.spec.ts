import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '@/i18n/site'
import { SITE_LOCALE_HEADER } from '@/i18n/site/negotiateLocale'
import { proxy } from '@/proxy'

describe('negotiateLocale', () => {
  it.each([
    [undefined, null, 'en'],
    [undefined, '', 'en'],
    ['fr', null, 'fr'],
    ['de', 'fr-FR,fr;q=0.9', 'de'],
    [['fr', 'de'], null, 'fr'],
    ['es', 'de-LU,de;q=0.9', 'de'],
    [undefined, 'fr-LU,fr;q=0.9,en;q=0.8', 'fr'],
    [undefined, 'de-DE', 'de'],
    [undefined, 'es-ES,es;q=0.9', 'en'],
    [undefined, 'es;q=0.9,de;q=0.5,fr;q=0.7', 'fr'],
    [undefined, 'en;q=0.1,de;q=0.2', 'de'],
    [undefined, 'fr;q=0,de;q=0.3', 'de'],
    [undefined, '*', 'en'],
    [undefined, 'FR-lu', 'fr'],
    [undefined, ';;,q=,de;q=abc', 'en'],
  ])('?locale=%j with Accept-Language %j → %s', (requested, accept, expected) => {
    expect(negotiateLocale(requested as string | string[] | undefined, accept)).toBe(expected)
  })

  it('is what the proxy hands the layout for <html lang>, never what a client sends', async () => {
    const lang = async (url: string, headers: Record<string, string>) => {
      const result = await proxy(new NextRequest(url, { headers }))
      return result.headers.get(`x-middleware-request-${SITE_LOCALE_HEADER}`)
    }
    expect(await lang('http://localhost/platforms/oms', { 'accept-language': 'de-LU' })).toBe('de')
    expect(await lang('http://localhost/platforms/oms?locale=fr', { 'accept-language': 'de-LU' })).toBe('fr')
    expect(await lang('http://localhost/platforms/oms', { [SITE_LOCALE_HEADER]: '"><script>' })).toBe('en')
  })
})

import { describe, expect, it } from 'vitest'

import { siteOrigin } from '@/services/site/siteUrls'

describe('siteOrigin', () => {
  it('takes the origin from Host, and X-Forwarded-* only behind a trusted proxy', () => {
    expect(siteOrigin(new Headers({ host: 'localhost:3000' }))).toBe('http://localhost:3000')
    expect(
      siteOrigin(new Headers({ host: 'oms.example.lu', 'x-forwarded-host': 'evil.test', 'x-forwarded-proto': 'http' })),
    ).toBe('https://oms.example.lu')
  })
})

import { describe, expect, it } from 'vitest'

import { trustedOrigins } from '@/services/trustedOrigins'

describe('trusted origins (Payload csrf and cors)', () => {
  it('are SERVER_URL and PLATFORM_ORIGINS as origins', () => {
    expect(trustedOrigins({})).toEqual([])
    expect(
      trustedOrigins({
        SERVER_URL: 'https://admin.example.lu/',
        PLATFORM_ORIGINS: ' https://oms.example.lu, https://loyalty.example.lu ,',
      }),
    ).toEqual(['https://admin.example.lu', 'https://oms.example.lu', 'https://loyalty.example.lu'])
  })

  it('refuse what is not an origin, naming the variable', () => {
    expect(() => trustedOrigins({ PLATFORM_ORIGINS: 'oms.example.lu' })).toThrow('PLATFORM_ORIGINS must list origins')
    expect(() => trustedOrigins({ SERVER_URL: 'ftp://example.lu' })).toThrow('SERVER_URL must list origins')
  })
})

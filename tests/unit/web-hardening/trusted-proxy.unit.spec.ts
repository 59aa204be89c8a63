import { afterEach, describe, expect, it, vi } from 'vitest'

import { trustsProxy } from '@/services/platformContext'
import { clientAddress } from '@/services/rateLimit'

import { throughProxy } from '../../helpers/nextProxy'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('X-Forwarded-Host without TRUST_PROXY', () => {
  it('is removed by the proxy together with X-Forwarded-Proto', () => {
    const incoming = new Request('http://localhost:3000/', {
      headers: { 'x-forwarded-host': 'a.test', 'x-forwarded-proto': 'https' },
    })
    const { request } = throughProxy(incoming)
    expect(request.headers.get('x-forwarded-host')).toBeNull()
    expect(request.headers.get('x-forwarded-proto')).toBeNull()
  })
})

describe('X-Forwarded-Host with TRUST_PROXY=1', () => {
  it('passes the forwarded headers on through the proxy', () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const incoming = new Request('http://localhost:3000/', {
      headers: { 'x-forwarded-host': 'a.test', 'x-forwarded-proto': 'https' },
    })
    const { request } = throughProxy(incoming)
    expect(request.headers.get('x-forwarded-host')).toBe('a.test')
    expect(request.headers.get('x-forwarded-proto')).toBe('https')
  })

  it.each(['', '0', 'false', 'FALSE'])('TRUST_PROXY=%j trusts nothing', (value) => {
    expect(trustsProxy(value)).toBe(false)
  })

  it.each(['yes', '10.0.0.1', '2'])('TRUST_PROXY=%j is refused with a message saying what to set', (value) => {
    expect(() => trustsProxy(value)).toThrow(/TRUST_PROXY must be 1 .* or 0/)
  })
})

describe('the client address of rate limits', () => {
  it('takes the address from X-Forwarded-For only behind a trusted proxy', () => {
    const headers = new Headers({ 'X-Forwarded-For': '203.0.113.9, 198.51.100.7' })
    vi.stubEnv('TRUST_PROXY', '1')
    expect(clientAddress(headers)).toBe('198.51.100.7')
    vi.stubEnv('TRUST_PROXY', '0')
    expect(clientAddress(headers)).toBe('direct')
  })
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { trustsProxy } from '@/services/platformContext'
import { clientAddress, PEER_ADDRESS_MARK as PEER_MARK } from '@/services/rateLimit'

import { throughProxy } from '../../helpers/nextProxy'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('X-Forwarded-Host without TRUST_PROXY', () => {
  it('is removed by the proxy together with X-Forwarded-Proto', async () => {
    const incoming = new Request('http://localhost:3000/', {
      headers: { 'x-forwarded-host': 'a.test', 'x-forwarded-proto': 'https' },
    })
    const { request } = await throughProxy(incoming)
    expect(request.headers.get('x-forwarded-host')).toBeNull()
    expect(request.headers.get('x-forwarded-proto')).toBeNull()
  })
})

describe('X-Forwarded-Host with TRUST_PROXY=1', () => {
  it('passes the forwarded headers on through the proxy', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    const incoming = new Request('http://localhost:3000/', {
      headers: { 'x-forwarded-host': 'a.test', 'x-forwarded-proto': 'https' },
    })
    const { request } = await throughProxy(incoming)
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
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[PEER_MARK]
  })

  it('behind a trusted proxy is the last X-Forwarded-For entry, the one the proxy wrote', () => {
    const headers = new Headers({ 'X-Forwarded-For': '203.0.113.9, 198.51.100.7', 'X-Peer-Address': '10.0.0.2' })
    vi.stubEnv('TRUST_PROXY', '1')
    expect(clientAddress(headers)).toBe('198.51.100.7')
  })

  it("without a trusted proxy is the socket's address, never the client's X-Forwarded-For", () => {
    ;(globalThis as Record<symbol, unknown>)[PEER_MARK] = 'x-peer-address'
    vi.stubEnv('TRUST_PROXY', '0')
    const one = new Headers({ 'X-Forwarded-For': '203.0.113.9', 'X-Peer-Address': '192.0.2.1' })
    const two = new Headers({ 'X-Forwarded-For': '203.0.113.9', 'X-Peer-Address': '192.0.2.2' })
    expect(clientAddress(one)).toBe('192.0.2.1')
    expect(clientAddress(two)).toBe('192.0.2.2')
  })

  it('reads no peer header unless the server stamps it (scripts/lib/peerAddress.mjs)', () => {
    vi.stubEnv('TRUST_PROXY', '0')
    expect(clientAddress(new Headers({ 'X-Peer-Address': '192.0.2.1' }))).toBe('direct')
  })
})

describe('scripts/lib/peerAddress.mjs', () => {
  it("stamps every request with its socket's address, whatever the client sent", async () => {
    await import('../../../scripts/lib/peerAddress.mjs')
    const server = http.createServer((request, response) => response.end(String(request.headers['x-peer-address'])))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Peer-Address': '203.0.113.66' } })
      expect(await answer.text()).toBe('127.0.0.1')
      expect((globalThis as Record<symbol, unknown>)[PEER_MARK]).toBe('x-peer-address')
    } finally {
      server.close()
    }
  })
})

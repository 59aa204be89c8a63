import { describe, expect, it } from 'vitest'

import { navigationTag, pageTag } from '@/services/content/cache/contentCacheTags'
import { ReadCache } from '@/services/content/cache/readCache'

const answer = (text: string) => ({ value: { text }, body: JSON.stringify({ text }), etag: `"${text}"` })

function servingCache(bytes = 1024 * 1024) {
  const cache = new ReadCache(bytes)
  cache.setServing(true)
  return cache
}

describe('ReadCache', () => {
  it('serves what it holds until a tag of the entry is invalidated, and leaves other entries alone', () => {
    const cache = servingCache()
    cache.set('a', answer('a'), [pageTag(1, 'about')], cache.ticket())
    cache.set('b', answer('b'), [pageTag(1, 'home')], cache.ticket())
    expect(cache.get('a')?.body).toBe('{"text":"a"}')
    cache.invalidate([pageTag(1, 'about'), navigationTag(1)])
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')?.body).toBe('{"text":"b"}')
  })

  it('never stores a read that an invalidation overtook (ticket taken before the database read)', () => {
    const cache = servingCache()
    const ticket = cache.ticket()
    cache.invalidate([pageTag(1, 'about')]) // committed while the read was in flight
    cache.set('a', answer('old'), [pageTag(1, 'about')], ticket)
    expect(cache.get('a')).toBeUndefined()
  })

  it('drops everything on `all`, on a flush and when it stops serving; holds nothing while not serving', () => {
    const cache = servingCache()
    cache.set('a', answer('a'), [], cache.ticket())
    cache.invalidate(['all'])
    expect(cache.get('a')).toBeUndefined()
    const ticket = cache.ticket()
    cache.setServing(false)
    cache.set('a', answer('a'), [], ticket)
    expect(cache.get('a')).toBeUndefined()
    cache.setServing(true)
    cache.set('a', answer('a'), [], ticket) // read before the connection came back: not stored
    expect(cache.get('a')).toBeUndefined()
  })

  it('keeps within its byte budget', () => {
    const cache = servingCache(100_000)
    for (let index = 0; index < 100; index++) cache.set(`k${index}`, answer('x'.repeat(2000)), [], cache.ticket())
    expect(cache.stats().bytes).toBeLessThanOrEqual(100_000)
    expect(cache.get('k99')).toBeDefined()
    expect(cache.get('k0')).toBeUndefined()
  })
})

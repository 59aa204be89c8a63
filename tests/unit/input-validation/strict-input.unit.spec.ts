import { APIError, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { clientErrors } from '@/plugins/strictInput/clientErrors'
import { MAX_DEPTH, MAX_LIMIT } from '@/plugins/strictInput/limits'
import { restQueryArgs } from '@/plugins/strictInput/restQuery'

describe('query parameters', () => {
  it('clamps depth and limit in the REST arguments', () => {
    const req = { payloadAPI: 'REST', query: {} } as never
    expect(restQueryArgs({ depth: 10, limit: 100000 }, req, 'read')).toMatchObject({
      depth: MAX_DEPTH,
      limit: MAX_LIMIT,
    })
    expect(restQueryArgs({ depth: 1, limit: 5 }, req, 'read')).toMatchObject({ depth: 1, limit: 5 })
  })
})

describe('messages', () => {
  it('keeps the message when the error class lost its name, as in a minified production build', async () => {
    const forbidden = Object.assign(new APIError('You can only manage your own shop.', 403, null, true), { name: '' })
    const invalid = Object.assign(
      new ValidationError({ collection: 'orders', errors: [{ path: 'total', message: 'bad' }] }),
      { name: 'o' },
    )
    const internal = Object.assign(new Error('connection string postgres://secret'), { name: '' })
    type Answer = { status: number; response: { errors: { name?: string; message: string }[] } } | undefined
    const hook = (error: Error) =>
      clientErrors({ error, req: { headers: new Headers(), url: 'http://x/api/orders' } } as never) as Answer
    expect(hook(forbidden)).toEqual({
      status: 403,
      response: { errors: [{ message: 'You can only manage your own shop.' }] },
    })
    expect(hook(invalid)?.response.errors[0]).toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('total'),
    })
    expect(hook(internal)).toBeUndefined() // Payload's own "Something went wrong." stands
  })
})

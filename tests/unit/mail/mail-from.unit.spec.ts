import { describe, expect, it } from 'vitest'

import { parseMailFrom } from '@/services/mail/smtpEmailAdapter'

describe('configuration', () => {
  it('reads MAIL_FROM as "Name <address>" or a bare address, and refuses anything else', () => {
    expect(parseMailFrom('OMS Luxembourg <no-reply@oms.lu>')).toEqual({
      name: 'OMS Luxembourg',
      address: 'no-reply@oms.lu',
    })
    expect(parseMailFrom('"OMS" <no-reply@oms.lu>')).toEqual({ name: 'OMS', address: 'no-reply@oms.lu' })
    expect(parseMailFrom('no-reply@oms.lu')).toEqual({ name: '', address: 'no-reply@oms.lu' })
    expect(() => parseMailFrom('OMS')).toThrow(/MAIL_FROM/)
  })
})

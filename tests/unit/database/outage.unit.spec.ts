import { describe, expect, it } from 'vitest'

import { DatabaseUnavailable, isDatabaseUnavailable } from '@/services/db/outage'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it('recognises the driver and PostgreSQL errors of a restart or an outage, wrapped or not', () => {
    for (const error of [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Failed query: commit', { cause: new Error('Connection terminated unexpectedly') }),
      new DatabaseUnavailable(),
    ])
      expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('leaves refusals, constraint violations and bugs alone', () => {
    for (const error of [
      withCode('23505', 'duplicate key value violates unique constraint'),
      withCode('40P01', 'deadlock detected'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new Error('Failed query: insert', { cause: withCode('23503', 'violates foreign key constraint') }),
      null,
      'a string',
    ])
      expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

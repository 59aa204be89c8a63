import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { e2eServerLogFile } from './serverState'

type LogLine = { level: number; msg?: string; err?: { message?: string } }

/** The JSON log lines the server wrote after `offset` bytes of its log. */
function logLinesSince(offset: number): LogLine[] {
  return fs
    .readFileSync(e2eServerLogFile())
    .subarray(offset)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
}

// Payload picks the log level of an error by its class name (payload.config.ts: `loggingLevels`, and Payload's own
// for Forbidden, NotFound, ...). A build that mangles class names turned every refused request into an error-level
// line with a stack trace: `npm run build` keeps the names (--no-mangling).
test('the production build logs refused requests at info, without a stack trace', async ({ request }) => {
  const offset = fs.statSync(e2eServerLogFile()).size

  const ours = await request.post('/api/vendor/invoices/1/issue')
  expect(ours.status()).toBe(401)
  const payloads = await request.get('/api/users')
  expect(payloads.status()).toBe(403)

  const messages = ['Sign in to work with invoices.', 'You are not allowed to perform this action.']
  await expect.poll(() => logLinesSince(offset).filter((line) => messages.includes(line.msg ?? line.err?.message ?? '')).length).toBe(2)
  for (const line of logLinesSince(offset).filter((entry) => messages.includes(entry.msg ?? entry.err?.message ?? ''))) {
    expect(line.level, JSON.stringify(line).slice(0, 200)).toBe(30)
    expect(line.err).toBeUndefined()
  }
})

/**
 * `npm run stand-ins` (`npm run fakes`, its former name, still works): all three local stand-ins (Stripe, Letzshop,
 * SMTP) on their fixed ports, until Ctrl+C; prints the environment that points the app (or any tool) at them.
 */
import { runMain } from '../lib/runMain'

import { STAND_IN_PORTS, startStandIns } from './index'

runMain(async () => {
  const appUrl = process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
  const standIns = await startStandIns(
    Object.keys(STAND_IN_PORTS) as (keyof typeof STAND_IN_PORTS)[],
    process.env,
    appUrl,
  )
  for (const { name, url } of standIns.started) console.log(`[stand-ins] ${name} stand-in on ${url}`)
  console.log('[stand-ins] Use this environment (Ctrl+C stops the stand-ins):')
  for (const [name, value] of Object.entries(standIns.env)) console.log(`export ${name}='${value}'`)
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
  })
  await standIns.close()
})

import net from 'node:net'

import Stripe from 'stripe'
import { afterAll, describe, expect, it } from 'vitest'

import { type StandIns, startStandIns, unconfiguredServices } from '../../../scripts/stand-ins/index'

const randomPorts = { STAND_IN_STRIPE_PORT: '0', STAND_IN_LETZSHOP_PORT: '0', STAND_IN_SMTP_PORT: '0' }
let standIns: StandIns | undefined

afterAll(async () => {
  await standIns?.close()
})

describe('the local stand-ins that npm run dev and npm run stand-ins start', () => {
  it('start for the services the environment leaves unconfigured, and only for those', () => {
    expect(unconfiguredServices({})).toEqual(['stripe', 'letzshop', 'smtp'])
    expect(unconfiguredServices({ STRIPE_SECRET_KEY: 'sk_live_x', SMTP_URL: 'smtp://mail:25' })).toEqual(['letzshop'])
  })

  it('answer the environment that points the app at them, and they answer', async () => {
    standIns = await startStandIns(['stripe', 'letzshop', 'smtp'], randomPorts, 'http://localhost:3000')
    const { env } = standIns
    expect(Object.keys(env).sort()).toEqual(
      [
        'LETZSHOP_API_URL',
        'MAIL_FROM',
        'SMTP_URL',
        'STRIPE_API_URL',
        'STRIPE_JS_URL',
        'STRIPE_PUBLISHABLE_KEY',
        'STRIPE_SECRET_KEY',
        'STRIPE_WEBHOOK_SECRET',
      ].sort(),
    )
    const api = new URL(env.STRIPE_API_URL)
    const stripe = new Stripe(env.STRIPE_SECRET_KEY, { host: api.hostname, port: Number(api.port), protocol: 'http' })
    expect((await stripe.customers.create({ email: 'a@example.test' })).id).toMatch(/^cus_/)
    const graphql = await fetch(env.LETZSHOP_API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(graphql.status).toBe(200)
    const smtp = new URL(env.SMTP_URL)
    const greeting = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(smtp.port), smtp.hostname)
      socket.once('data', (data) => {
        resolve(data.toString())
        socket.end()
      })
      socket.once('error', reject)
    })
    expect(greeting).toMatch(/^220/)
  })

  it('say which port is taken and how to change it', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1')
    await new Promise((resolve) => blocker.once('listening', resolve))
    const port = String((blocker.address() as net.AddressInfo).port)
    await expect(
      startStandIns(['letzshop'], { STAND_IN_LETZSHOP_PORT: port }, 'http://localhost:3000'),
    ).rejects.toThrow(new RegExp(`Port ${port} for the local letzshop stand-in is taken.*STAND_IN_LETZSHOP_PORT`))
    blocker.close()
  })
})

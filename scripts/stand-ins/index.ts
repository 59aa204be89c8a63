/**
 * The local stand-ins for the outside services, at fixed ports so every tool finds them: Stripe 12111 (stripe-mock's
 * port), Letzshop 12112, SMTP 1025 (MailHog's and Mailpit's). `startStandIns` starts those whose service the
 * environment does not configure and answers the variables that point the app at them.
 */
import { startLetzshopStandIn } from './letzshop/server'
import { startSmtpStandIn } from './smtp/server'
import { STRIPE_STAND_IN_WEBHOOK_SECRET, startStripeStandIn } from './stripe/server'

export const STAND_IN_PORTS = { stripe: 12111, letzshop: 12112, smtp: 1025 } as const

type StandIn = { name: string; url: string; env: Record<string, string>; close: () => Promise<void> }

export type StandIns = { started: StandIn[]; env: Record<string, string>; close: () => Promise<void> }

const HOST = '127.0.0.1'

type Env = Record<string, string | undefined>

async function startOne(name: keyof typeof STAND_IN_PORTS, env: Env, appUrl: string): Promise<StandIn> {
  const port = Number(env[`STAND_IN_${name.toUpperCase()}_PORT`] ?? STAND_IN_PORTS[name])
  try {
    if (name === 'stripe') {
      const secret = env.STRIPE_WEBHOOK_SECRET ?? STRIPE_STAND_IN_WEBHOOK_SECRET
      const server = await startStripeStandIn({
        port,
        host: HOST,
        webhookSecret: secret,
        forwardUrl: `${appUrl}/api/stripe/webhook`,
      })
      return {
        name: 'Stripe',
        url: server.url,
        close: server.close,
        env: {
          STRIPE_SECRET_KEY: 'sk_test_local_stand_in',
          STRIPE_PUBLISHABLE_KEY: 'pk_test_local_stand_in',
          STRIPE_WEBHOOK_SECRET: secret,
          STRIPE_API_URL: server.url,
          STRIPE_JS_URL: `${server.url}/v3`,
        },
      }
    }
    if (name === 'letzshop') {
      const server = await startLetzshopStandIn({ port, host: HOST, fixtures: env.LETZSHOP_FIXTURES })
      return { name: 'Letzshop', url: server.url, close: server.close, env: { LETZSHOP_API_URL: server.url } }
    }
    const server = await startSmtpStandIn({ port, host: HOST })
    return {
      name: 'SMTP',
      url: server.url,
      close: server.close,
      env: { SMTP_URL: server.url, MAIL_FROM: env.MAIL_FROM ?? 'Letzshop Platforms <no-reply@localhost>' },
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${port} for the local ${name} stand-in is taken: stop what uses it (an earlier \`npm run stand-ins\`?) or set STAND_IN_${name.toUpperCase()}_PORT.`,
      )
    }
    throw error
  }
}

/** Which services the environment leaves unconfigured (each then gets its stand-in). */
export function unconfiguredServices(env: Env): (keyof typeof STAND_IN_PORTS)[] {
  return [
    ...(env.STRIPE_SECRET_KEY ? [] : ['stripe' as const]),
    ...(env.LETZSHOP_API_URL ? [] : ['letzshop' as const]),
    ...(env.SMTP_URL ? [] : ['smtp' as const]),
  ]
}

export async function startStandIns(
  services: (keyof typeof STAND_IN_PORTS)[],
  env: Env,
  appUrl: string,
): Promise<StandIns> {
  const started: StandIn[] = []
  const close = async () => {
    await Promise.all(started.map((standIn) => standIn.close().catch(() => {})))
  }
  try {
    for (const service of services) started.push(await startOne(service, env, appUrl))
  } catch (error) {
    await close()
    throw error
  }
  return { started, env: Object.assign({}, ...started.map((standIn) => standIn.env)), close }
}

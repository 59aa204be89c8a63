import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AddOn, Platform, SubscriptionTier } from '@/payload-types'
import { syncAddOnPrice } from '@/services/stripe/syncPrices'

import type { StripeStandIn } from '../../../scripts/stand-ins/stripe/server'
import { createPlatform, uid } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'
import { billedVendor, pricedTier, stripeStandIn } from '../../helpers/stripeBilling'

/*
 * Plans and add-ons carry their name and description per locale: the pricing endpoint, Payload's REST, and the
 * billing answers (subscription, the upcoming invoice and a change's preview, whose lines are in our words, not
 * Stripe's) speak the requested locale, or the admin's language, falling back to English.
 */

let payload: Payload
let standIn: StripeStandIn
let stripe: Stripe
let platform: Platform
let starter: SubscriptionTier
let pro: SubscriptionTier
let seats: AddOn

const TEXTS = {
  starter: {
    en: ['Starter', 'For a shop starting out.'],
    fr: ['Découverte', 'Pour une boutique qui débute.'],
    de: ['Einstieg', 'Für einen Shop, der startet.'],
  },
  pro: { en: ['Professional', 'For growing shops.'], fr: ['Professionnel', 'Pour les boutiques qui grandissent.'] },
  seats: {
    en: ['3 more team members', 'Three more people sign in.'],
    fr: ['3 membres d’équipe de plus', 'Trois personnes de plus se connectent.'],
    de: ['3 weitere Teammitglieder', 'Drei weitere Personen melden sich an.'],
  },
} as const

async function localize(collection: 'subscription-tiers' | 'add-ons', id: number, texts: object) {
  for (const [locale, [name, description]] of Object.entries(texts) as [
    'en' | 'fr' | 'de',
    readonly [string, string],
  ][])
    await payload.update({ collection, id, locale, data: { name, description } })
}

beforeAll(async () => {
  ;({ standIn, stripe } = await stripeStandIn('localized'))
  payload = await testPayload()
  ;({ platform } = await createPlatform(payload, []))
  starter = await pricedTier(payload, stripe, platform, { products: 10 })
  pro = await pricedTier(payload, stripe, platform, { products: 100 })
  await payload.update({ collection: 'subscription-tiers', id: pro.id, data: { priceMonthly: 9900, sortOrder: 2 } })
  pro = await pricedTierPrices(pro)
  await localize('subscription-tiers', starter.id, TEXTS.starter)
  await localize('subscription-tiers', pro.id, TEXTS.pro)
  const code = `seats-${uid()}`
  seats = await payload.create({
    collection: 'add-ons',
    data: { platform: platform.id, code, name: 'x', price: 900, interval: 'month' },
  })
  await localize('add-ons', seats.id, TEXTS.seats)
  const price = await syncAddOnPrice(stripe, {
    platformCode: platform.code,
    code,
    name: 'x',
    price: 900,
    interval: 'month',
  })
  seats = await payload.update({ collection: 'add-ons', id: seats.id, data: price })
})

/** The tier re-read after its amount changed (the price sync hook clears stale Stripe prices; make fresh ones). */
async function pricedTierPrices(tier: SubscriptionTier): Promise<SubscriptionTier> {
  const monthly = await stripe.prices.create({
    currency: 'eur',
    unit_amount: 9900,
    recurring: { interval: 'month' },
    product_data: { name: 'Pro' },
  })
  return payload.update({ collection: 'subscription-tiers', id: tier.id, data: { stripePriceMonthly: monthly.id } })
}

afterAll(async () => {
  await standIn?.close()
})

describe('GET /api/platform/pricing?locale=', () => {
  it('names plans and add-ons, with their descriptions, in the locale asked for; English without one', async () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      const response = await rest('GET', `/api/platform/pricing?platform=${platform.code}&locale=${locale}`)
      expect(response.status).toBe(200)
      const tier = response.body.tiers.find((each: { code: string }) => each.code === starter.code)
      expect([tier.name, tier.description]).toEqual(TEXTS.starter[locale])
      expect([response.body.addOns[0].name, response.body.addOns[0].description]).toEqual(TEXTS.seats[locale])
    }
    const plain = await rest('GET', `/api/platform/pricing?platform=${platform.code}`)
    expect(plain.body.tiers.find((each: { code: string }) => each.code === starter.code).name).toBe('Starter')
  })

  it('falls back to English for a plan with no text in the locale, and refuses an unknown locale', async () => {
    const german = await rest('GET', `/api/platform/pricing?platform=${platform.code}&locale=de`)
    const tier = german.body.tiers.find((each: { code: string }) => each.code === pro.code)
    expect([tier.name, tier.description]).toEqual(TEXTS.pro.en)
    const italian = await rest('GET', `/api/platform/pricing?platform=${platform.code}&locale=it`)
    expect(italian.status).toBe(400)
    expect(italian.body.errors[0].message).toContain('en, fr, de')
  })
})

describe("Payload's REST with ?locale=", () => {
  it('answers the localized name and description of a tier and an add-on', async () => {
    const tier = await rest('GET', `/api/subscription-tiers/${starter.id}?locale=fr`)
    expect(tier.status).toBe(200)
    expect([tier.body.name, tier.body.description]).toEqual(TEXTS.starter.fr)
    const addOn = await rest('GET', `/api/add-ons/${seats.id}?locale=de`)
    expect([addOn.body.name, addOn.body.description]).toEqual(TEXTS.seats.de)
  })
})

describe('the billing answers', () => {
  it("name the plan and add-ons in the admin's language, or in ?locale=", async () => {
    const shop = await billedVendor(payload, stripe, platform, starter)
    const french = await rest('GET', '/api/billing/subscription', {
      token: shop.token,
      headers: { 'accept-language': 'fr' },
    })
    expect(french.status, JSON.stringify(french.body)).toBe(200)
    expect(french.body.tier.name).toBe('Découverte')
    const german = await rest('GET', '/api/billing/subscription?locale=de', {
      token: shop.token,
      headers: { 'accept-language': 'fr' },
    })
    expect(german.body.tier.name).toBe('Einstieg')
    const usage = await rest('GET', '/api/billing/usage', { token: shop.token, headers: { 'accept-language': 'de' } })
    expect(usage.body.tier.name).toBe('Einstieg')

    const added = await rest('POST', '/api/billing/addons', {
      token: shop.token,
      body: { code: seats.code },
      headers: { 'accept-language': 'de' },
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(added.body.addOns.map((addOn: { name: string }) => addOn.name)).toEqual(['3 weitere Teammitglieder'])
  })

  it("describe the invoice lines in our words and the reader's language, never Stripe's", async () => {
    const shop = await billedVendor(payload, stripe, platform, starter)
    const upcoming = await rest('GET', '/api/billing/upcoming-invoice', {
      token: shop.token,
      headers: { 'accept-language': 'fr' },
    })
    expect(upcoming.status, JSON.stringify(upcoming.body)).toBe(200)
    expect(upcoming.body.invoice.lines.map((line: { description: string }) => line.description)).toEqual([
      'Formule Découverte, mensuelle',
    ])

    const preview = await rest('GET', `/api/billing/upcoming-invoice?tier=${pro.code}`, {
      token: shop.token,
      headers: { 'accept-language': 'de' },
    })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.change.tier.name).toBe('Professional')
    const descriptions: string[] = preview.body.invoice.lines.map((line: { description: string }) => line.description)
    expect(descriptions.length).toBeGreaterThan(0)
    for (const description of descriptions) {
      expect(description).toMatch(/^(Kostenlose Testphase|Nicht genutzte Zeit|Verbleibende Zeit): Tarif|^Tarif /)
      expect(description).not.toMatch(/Trial period|Unused time|Remaining time|\(at /)
    }
  })
})

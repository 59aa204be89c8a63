import config from '@payload-config'
import type { ClientUser, Field, Payload, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ADMIN_LABELS } from '@/i18n/labels'
import { ADMIN_LANGUAGES } from '@/i18n/languages'
import { MESSAGES } from '@/i18n/messages'

import { createPlatform, createUser, createVendor, PASSWORD } from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let sanitized: SanitizedConfig
let payload: Payload

beforeAll(async () => {
  sanitized = await config
  payload = await testPayload()
})

/** Our collections: Payload's own (preferences, migrations, locked documents, jobs...) translate themselves. */
const ourCollections = () => sanitized.collections.filter((collection) => !collection.slug.startsWith('payload-'))

const isTranslated = (text: unknown): boolean =>
  typeof text === 'object' &&
  text !== null &&
  ADMIN_LANGUAGES.every(
    (language) =>
      typeof (text as Record<string, unknown>)[language] === 'string' &&
      (text as Record<string, string>)[language].trim() !== '',
  )

/** Payload's own fields (id, timestamps, _status, auth's email) carry label functions that use Payload's translations. */
const translatedByPayload = (label: unknown) => typeof label === 'function'

type Gap = string

/** Every visible field of ours: its label, description and option labels in en, fr and de. */
function fieldGaps(fields: Field[], prefix: string, where: string, gaps: Gap[], paths: Set<string>) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      fieldGaps(field.fields, prefix, where, gaps, paths)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        fieldGaps(tab.fields, named ? (prefix ? `${prefix}.${tab.name}` : tab.name!) : prefix, where, gaps, paths)
      }
      continue
    }
    if (field.type === 'ui' || !('name' in field)) continue
    const shown = field as { hidden?: boolean; admin?: { hidden?: boolean; disabled?: boolean } }
    if (shown.hidden || shown.admin?.hidden || shown.admin?.disabled) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    paths.add(path)
    if (!translatedByPayload(field.label) && !isTranslated(field.label))
      gaps.push(`${where} ${path}: label ${JSON.stringify(field.label)}`)
    const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
    if (description !== undefined && typeof description !== 'function' && !isTranslated(description)) {
      gaps.push(`${where} ${path}: description ${JSON.stringify(description)}`)
    }
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        const label = typeof option === 'string' ? option : option.label
        if (!translatedByPayload(label) && !isTranslated(label))
          gaps.push(`${where} ${path}: option ${JSON.stringify(label)}`)
      }
    }
    if (field.type === 'array' && !(isTranslated(field.labels?.singular) && isTranslated(field.labels?.plural)))
      gaps.push(`${where} ${path}: row labels`)
    if (field.type === 'group' || field.type === 'array') fieldGaps(field.fields, path, where, gaps, paths)
    if (field.type === 'blocks')
      for (const block of field.blocks) fieldGaps(block.fields, `${path}.${block.slug}`, where, gaps, paths)
  }
}

function collectionGaps(collection: SanitizedCollectionConfig, paths: Set<string>): Gap[] {
  const gaps: Gap[] = []
  const where = collection.slug
  if (!isTranslated(collection.labels.singular)) gaps.push(`${where}: singular label`)
  if (!isTranslated(collection.labels.plural)) gaps.push(`${where}: plural label`)
  if (!isTranslated(collection.admin.group))
    gaps.push(`${where}: navigation group ${JSON.stringify(collection.admin.group)}`)
  const description = collection.admin.description
  if (description !== undefined && typeof description !== 'function' && !isTranslated(description))
    gaps.push(`${where}: description`)
  fieldGaps(collection.fields, '', where, gaps, paths)
  return gaps
}

describe('admin labels (src/i18n/labels)', () => {
  it('translate every collection, field, description and option of ours into en, fr and de', () => {
    const gaps = ourCollections().flatMap((collection) => collectionGaps(collection, new Set()))
    // A new field or collection lands here until src/i18n/labels has its texts in all three languages.
    expect(gaps).toEqual([])
    expect(
      ourCollections()
        .map((collection) => collection.slug)
        .sort(),
    ).toEqual(Object.keys(ADMIN_LABELS).sort())
  })

  it('have no entries for fields that do not exist (a renamed field must move its texts)', () => {
    const stale: string[] = []
    for (const collection of ourCollections()) {
      const paths = new Set<string>()
      collectionGaps(collection, paths)
      for (const path of Object.keys(ADMIN_LABELS[collection.slug]?.fields ?? {}))
        if (!paths.has(path)) stale.push(`${collection.slug} ${path}`)
    }
    expect(stale).toEqual([])
  })

  it('label fields added by plugins and field factories too (vendor, platform, limits, cents)', () => {
    const products = sanitized.collections.find((collection) => collection.slug === 'products')!
    const vendor = products.fields.find((field) => 'name' in field && field.name === 'vendor')!
    expect((vendor as { label?: unknown }).label).toEqual({ en: 'Vendor', fr: 'Commerçant', de: 'Händler' })
    const orders = sanitized.collections.find((collection) => collection.slug === 'orders')!
    const status = orders.fields.find((field) => 'name' in field && field.name === 'status')
    expect(
      status?.type === 'select' &&
        status.options.find((option) => typeof option === 'object' && option.value === 'shipped'),
    ).toEqual({
      value: 'shipped',
      label: { en: 'Shipped', fr: 'Expédiée', de: 'Versandt' },
    })
  })
})

describe('vendor navigation', () => {
  const hiddenFor = (slug: string, roles: string[]) => {
    const hidden = sanitized.collections.find((collection) => collection.slug === slug)!.admin.hidden
    const user = { id: 1, roles, vendors: [1], platforms: [1], collection: 'users' } as unknown as ClientUser
    return typeof hidden === 'function' ? hidden({ user }) : Boolean(hidden)
  }
  const internal = ['platforms', 'subscription-tiers', 'add-ons', 'vendor-platforms', 'vendor-subscriptions']
  const shop = ['content-pages', 'products', 'orders', 'users', 'vendors']

  it('hides the platform collections from vendor owners and members, and nothing from admins', () => {
    for (const slug of internal) {
      expect(hiddenFor(slug, ['vendor-owner']), slug).toBe(true)
      expect(hiddenFor(slug, ['vendor-member']), slug).toBe(true)
      expect(hiddenFor(slug, ['platform-admin']), slug).toBe(false)
      expect(hiddenFor(slug, ['super-admin']), slug).toBe(false)
      expect(hiddenFor(slug, ['super-admin', 'vendor-owner']), slug).toBe(false)
    }
    for (const slug of shop) expect(hiddenFor(slug, ['vendor-member']), slug).toBe(false)
  })

  it('groups the shop collections and the platform collections', () => {
    const group = (slug: string) =>
      (sanitized.collections.find((collection) => collection.slug === slug)!.admin.group as Record<string, string>).fr
    expect(shop.map(group)).toEqual(shop.map(() => 'Boutique'))
    expect(internal.map(group)).toEqual(internal.map(() => 'Plateforme'))
  })

  it('is presentation only: a vendor owner still reads its own subscription over REST', async () => {
    const { platform, tiers } = await createPlatform(payload)
    const vendor = await createVendor(payload, [{ platform, tier: tiers[0] }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const own = await rest('GET', `/api/vendor-subscriptions?where[vendor][equals]=${vendor.id}`, { token })
    expect(own.status).toBe(200)
    expect(own.body.totalDocs).toBe(1)
  })
})

describe('admin languages', () => {
  it("answers Payload's own messages in the language of the payload-lng cookie, else Accept-Language, else English", async () => {
    const french = await rest('GET', '/api/vendor-subscriptions/999999', {
      headers: { 'Accept-Language': 'lb-LU,fr;q=0.8,de;q=0.5' },
    })
    const german = await rest('GET', '/api/vendor-subscriptions/999999', {
      headers: { 'Accept-Language': 'fr', Cookie: 'payload-lng=de' },
    })
    const english = await rest('GET', '/api/vendor-subscriptions/999999', { headers: { 'Accept-Language': 'es' } })
    expect(french.body.errors[0].message).toBe(translateOf('fr', 'error:notAllowedToPerformAction'))
    expect(german.body.errors[0].message).toBe(translateOf('de', 'error:notAllowedToPerformAction'))
    expect(english.body.errors[0].message).toBe(translateOf('en', 'error:notAllowedToPerformAction'))
  })

  it("keeps each user's admin language in payload-preferences, out of other users' reach", async () => {
    const { platform, tiers } = await createPlatform(payload)
    const vendor = await createVendor(payload, [{ platform, tier: tiers[0] }])
    const { token } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    const { token: other } = await createUser(payload, ['vendor-owner'], { vendors: [vendor.id] })
    expect(
      (await rest('POST', '/api/payload-preferences/admin-language', { token, body: { value: 'fr' } })).status,
    ).toBe(200)
    expect((await rest('GET', '/api/payload-preferences/admin-language', { token })).body.value).toBe('fr')
    expect((await rest('GET', '/api/payload-preferences/admin-language', { token: other })).body.value).toBeNull()
  })

  it("starts each session's content locale as the interface language: the saved one, else the browser's", async () => {
    const { user, token } = await createUser(payload, ['vendor-owner'])
    const signIn = async (acceptLanguage: string) => {
      const answer = await rest('POST', '/api/users/login', {
        headers: { 'Accept-Language': acceptLanguage },
        body: { email: user.email, password: PASSWORD },
      })
      expect(answer.status).toBe(200)
      return (await rest('GET', '/api/payload-preferences/locale', { token: answer.body.token })).body.value
    }
    expect(await signIn('de-LU,de;q=0.9')).toBe('de')
    // A locale picked on the pill lasts the session only; the admin language the user saved wins over the browser's.
    await rest('POST', '/api/payload-preferences/locale', { token, body: { value: 'en' } })
    await rest('POST', '/api/payload-preferences/admin-language', { token, body: { value: 'fr' } })
    expect(await signIn('de-LU,de;q=0.9')).toBe('fr')
    expect(await signIn('es')).toBe('fr')
  })
})

const translateOf = (language: 'en' | 'fr' | 'de', key: string) => {
  const [namespace, name] = key.split(':')
  const table = sanitized.i18n.supportedLanguages[language]!.translations as unknown as Record<
    string,
    Record<string, string>
  >
  return table[namespace][name]
}

describe('our messages (src/i18n/messages)', () => {
  it('are registered with Payload as app:<key>, for admin components', () => {
    expect(sanitized.i18n.translations).toMatchObject({ fr: { app: { ownShopDataOnly: MESSAGES.fr.ownShopDataOnly } } })
  })
})

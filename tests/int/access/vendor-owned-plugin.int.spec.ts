/**
 * The vendorOwned plugin applied to a collection it has never seen, in a config of its own (own database, schema
 * pushed): one line of options gives the new collection its fields, scoping, own-shop check, read-only rule and
 * the cascade. Requests go through Payload's operations with the user's access, as REST does.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { AddOns } from '@/collections/AddOns'
import { Platforms } from '@/collections/Platforms'
import { SubscriptionTiers } from '@/collections/SubscriptionTiers'
import { Users } from '@/collections/Users'
import { VendorPlatforms } from '@/collections/VendorPlatforms'
import { Vendors } from '@/collections/Vendors'
import { VendorSubscriptions } from '@/collections/VendorSubscriptions'
import { CONTENT_LOCALIZATION } from '@/i18n/contentLocales'
import type { User } from '@/payload-types'
import { vendorOwnedPlugin } from '@/plugins/vendorOwned'

import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../scripts/lib/databases'

const Notes: CollectionConfig = {
  slug: 'notes',
  fields: [
    { name: 'text', type: 'text', required: true },
    { name: 'status', type: 'select', defaultValue: 'draft', options: ['draft', 'filed'] },
  ],
}

const Memos: CollectionConfig = { slug: 'memos', fields: [{ name: 'text', type: 'text', required: true }] }

const serverUrl = inject('serverUrl')
const databaseName = uniqueDatabaseName('plugin')
let payload: Payload
type Row = { id: number }
let platform: Row
let alice: Row
let bob: Row
let aliceOwner: User
let platformAdmin: User
let aliceMember: User

// The test collection is not in the generated types: address it loosely.
const notes = 'notes' as 'users'
const as = (user: User) => ({ user: { ...user, collection: 'users' }, overrideAccess: false }) as const

beforeAll(async () => {
  const url = await createDatabase(serverUrl, databaseName)
  const config = buildConfig({
    secret: 'plugin-test',
    editor: lexicalEditor(),
    collections: [
      Platforms,
      SubscriptionTiers,
      AddOns,
      Vendors,
      VendorPlatforms,
      VendorSubscriptions,
      Users,
      Notes,
      Memos,
    ],
    plugins: [
      vendorOwnedPlugin({
        collections: [
          { slug: notes, keepOnVendorDeletion: { where: { status: { equals: 'filed' } }, what: 'filed notes' } },
          { slug: 'memos' as 'users', writeRoles: ['vendor-owner'], platformAdminsRead: false },
        ],
      }),
    ],
    db: postgresAdapter({ pool: { connectionString: url }, push: true }),
    // Tier and add-on names are localized: the limit SQL reads them from their locales tables.
    localization: CONTENT_LOCALIZATION,
    telemetry: false,
  })
  payload = await getPayload({ config, key: databaseName })
  platform = await payload.create({ collection: 'platforms', data: { code: 'p', name: 'P' } })
  await payload.create({
    collection: 'subscription-tiers',
    data: {
      platform: platform.id,
      code: 'basic',
      name: 'Basic',
      priceMonthly: 100,
      priceAnnual: 1000,
      features: ['cms_basic'],
    },
  })
  alice = await payload.create({ collection: 'vendors', data: { name: 'Alice', slug: 'alice' } })
  bob = await payload.create({ collection: 'vendors', data: { name: 'Bob', slug: 'bob' } })
  for (const vendor of [alice, bob])
    await payload.create({ collection: 'vendor-platforms', data: { vendor: vendor.id, platform: platform.id } })
  aliceOwner = await payload.create({
    collection: 'users',
    data: { email: 'alice@example.test', password: 'pw-123456', roles: ['vendor-owner'], vendors: [alice.id] },
  })
  aliceMember = await payload.create({
    collection: 'users',
    data: { email: 'member@example.test', password: 'pw-123456', roles: ['vendor-member'], vendors: [alice.id] },
  })
  platformAdmin = await payload.create({
    collection: 'users',
    data: { email: 'admin@example.test', password: 'pw-123456', roles: ['platform-admin'], platforms: [platform.id] },
  })
}, 120_000)

afterAll(async () => {
  // Dropping the database ends the pool's idle connections: expected here, not an error of the test.
  ;(payload?.db as unknown as { pool?: { on: (event: string, listener: () => void) => void } })?.pool?.on(
    'error',
    () => {},
  )
  await payload?.destroy()
  await dropDatabase(serverUrl, databaseName)
})

const note = (vendor: Row, text: string, status = 'draft') =>
  payload.create({
    collection: notes,
    data: { vendor: vendor.id, platform: platform.id, text, status } as never,
  }) as unknown as Promise<Row & { text: string }>

describe('vendorOwned on a new collection', () => {
  it('writeRoles: members read but only owners write; platformAdminsRead: false keeps platform admins out', async () => {
    const memos = 'memos' as 'users'
    const data = { vendor: alice.id, platform: platform.id, text: 'memo' } as never
    await expect(payload.create({ collection: memos, data, ...as(aliceMember) })).rejects.toThrow()
    const memo = (await payload.create({ collection: memos, data, ...as(aliceOwner) })) as unknown as Row
    expect((await payload.find({ collection: memos, ...as(aliceMember) })).docs.map((doc) => doc.id)).toEqual([memo.id])
    await expect(
      payload.update({ collection: memos, id: memo.id, data: { text: 'x' } as never, ...as(aliceMember) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: memos, id: memo.id, ...as(aliceMember) })).rejects.toThrow()
    await payload.update({ collection: memos, id: memo.id, data: { text: 'owner' } as never, ...as(aliceOwner) })
    expect((await payload.find({ collection: memos, ...as(platformAdmin) })).docs).toEqual([])
    await expect(payload.findByID({ collection: memos, id: memo.id, ...as(platformAdmin) })).rejects.toThrow(
      /not found/i,
    )
    expect(((await payload.findByID({ collection: memos, id: memo.id })) as unknown as { text: string }).text).toBe(
      'owner',
    )
  })

  it('adds the vendor and platform fields, required', async () => {
    const fields = payload.collections[notes].config.fields.map((field) => ('name' in field ? field.name : null))
    expect(fields).toEqual(expect.arrayContaining(['vendor', 'platform', 'text']))
    await expect(
      payload.create({ collection: notes, data: { text: 'orphan', platform: platform.id } as never }),
    ).rejects.toThrow(/vendor/i)
  })

  it("scopes reads and writes to the user's vendor, and platform admins read their platform's rows", async () => {
    const own = await note(alice, 'mine')
    const foreign = await note(bob, 'theirs')
    const seen = await payload.find({ collection: notes, ...as(aliceOwner) })
    expect(seen.docs.map((doc) => doc.id)).toEqual([own.id])
    await expect(
      payload.update({ collection: notes, id: foreign.id, data: { text: 'x' } as never, ...as(aliceOwner) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: notes, id: foreign.id, ...as(aliceOwner) })).rejects.toThrow()
    await expect(
      payload.create({
        collection: notes,
        data: { vendor: bob.id, platform: platform.id, text: 'fake' } as never,
        ...as(aliceOwner),
      }),
    ).rejects.toThrow(/own shop's data/)
    // moving an own row to another vendor: the row after the change is checked too
    await expect(
      payload.update({ collection: notes, id: own.id, data: { vendor: bob.id } as never, ...as(aliceOwner) }),
    ).rejects.toThrow(/own shop's data/)
    const adminView = await payload.find({ collection: notes, ...as(platformAdmin) })
    expect(adminView.docs.map((doc) => doc.id).sort()).toEqual([own.id, foreign.id].sort())
    await expect(
      payload.update({ collection: notes, id: own.id, data: { text: 'admin' } as never, ...as(platformAdmin) }),
    ).rejects.toThrow()
    expect(((await payload.findByID({ collection: notes, id: foreign.id })) as unknown as { text: string }).text).toBe(
      'theirs',
    )
  })

  it('is read-only while the subscription is expired', async () => {
    const own = await note(alice, 'kept')
    const subscription = (
      await payload.find({ collection: 'vendor-subscriptions', where: { vendor: { equals: alice.id } } })
    ).docs[0]
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { status: 'expired' } })
    await expect(
      payload.update({ collection: notes, id: own.id, data: { text: 'x' } as never, ...as(aliceOwner) }),
    ).rejects.toThrow(/read-only/)
    await expect(payload.delete({ collection: notes, id: own.id, ...as(aliceOwner) })).rejects.toThrow(/read-only/)
    await payload.update({ collection: 'vendor-subscriptions', id: subscription.id, data: { status: 'active' } })
  })

  it('deletes the rows with their vendor, or refuses with 409 while rows must be kept', async () => {
    const gone = await payload.create({ collection: 'vendors', data: { name: 'Gone', slug: 'gone' } })
    await payload.create({ collection: 'vendor-platforms', data: { vendor: gone.id, platform: platform.id } })
    const filed = await note(gone, 'filed', 'filed')
    await note(gone, 'draft')
    const refused = await payload.delete({ collection: 'vendors', where: { id: { equals: gone.id } } })
    expect(refused.errors[0].message).toContain('filed notes')
    expect((await payload.count({ collection: notes, where: { vendor: { equals: gone.id } } })).totalDocs).toBe(2)

    await payload.delete({ collection: notes, id: filed.id })
    await payload.delete({ collection: 'vendors', id: gone.id })
    expect((await payload.count({ collection: notes, where: { vendor: { equals: gone.id } } })).totalDocs).toBe(0)
    expect(
      (await payload.count({ collection: 'vendor-subscriptions', where: { vendor: { equals: gone.id } } })).totalDocs,
    ).toBe(0)
  })
})

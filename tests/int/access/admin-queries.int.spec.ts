/**
 * The REST calls the admin screen makes besides reading and saving a document: relationship pickers, rich-text
 * link drawers and populated links, document versions, bulk edit and delete, list filters (the doors multi-tenant
 * admins are known to leak through). Vendor scoping holds on each of them, whatever the screen shows.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ContentPage, Order, Platform, Product, Vendor } from '@/payload-types'
import { richText } from '@/services/richText'

import {
  createOrder,
  createPage,
  createProduct,
  createUser,
  createVendor,
  omsPlatform,
  uid,
} from '../../helpers/fixtures'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let platform: Platform
let alice: Vendor
let bob: Vendor
let aliceToken: string
let bobProduct: Product
let aliceProduct: Product
let bobOrder: Order
let bobDraft: ContentPage

const ids = (body: { docs?: { id: number }[] }) => (body.docs ?? []).map((doc) => doc.id)

const product = (vendor: Vendor, title: string) => createProduct(payload, { platform, vendor, title })
const order = (vendor: Vendor) => createOrder(payload, { platform, vendor })

beforeAll(async () => {
  payload = await testPayload()
  const oms = await omsPlatform(payload, [{ features: ['cms_basic', 'cms_custom_pages'] }])
  platform = oms.platform
  alice = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  bob = await createVendor(payload, [{ platform, tier: oms.tiers[0] }])
  ;({ token: aliceToken } = await createUser(payload, ['vendor-owner'], { vendors: [alice.id] }))
  aliceProduct = await product(alice, 'Alice mug')
  bobProduct = await product(bob, 'Bob secret')
  await order(alice)
  bobOrder = await order(bob)
  bobDraft = await createPage(payload, {
    platform,
    vendor: bob,
    slug: `secret-${uid()}`,
    title: 'Bob secret plan',
    status: 'draft',
  })
})

describe("the admin screen's REST calls", () => {
  it('relationship pickers list only what the user may read', async () => {
    const vendors = await rest('GET', '/api/vendors?depth=0&limit=100', { token: aliceToken })
    expect(ids(vendors.body)).toEqual([alice.id])
    const products = await rest('GET', `/api/products?depth=0&limit=100&where[vendor][equals]=${bob.id}`, {
      token: aliceToken,
    })
    expect(ids(products.body)).toEqual([])
    const search = await rest('GET', '/api/products?depth=0&limit=100&where[title][like]=secret', { token: aliceToken })
    expect(ids(search.body)).toEqual([])
  })

  it("the rich-text link drawer does not list another vendor's pages, and a link to one does not populate it", async () => {
    const drawer = await rest('GET', '/api/content-pages?depth=0&limit=100&where[title][like]=secret', {
      token: aliceToken,
    })
    expect(ids(drawer.body)).not.toContain(bobDraft.id)
    const content = richText('See below')
    const link = {
      type: 'link',
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'content-pages', value: bobDraft.id } },
      children: [{ type: 'text', text: 'peek', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 3,
    }
    ;(content.root.children[0].children as unknown[]).push(link)
    const page = await rest('POST', '/api/content-pages', {
      token: aliceToken,
      body: {
        platform: platform.id,
        vendor: alice.id,
        slug: `peek-${uid()}`,
        title: 'Peek',
        content,
        _status: 'published',
      },
    })
    expect(page.status).toBe(201)
    const read = await rest('GET', `/api/content-pages/${page.body.doc.id}?depth=2`, { token: aliceToken })
    expect(JSON.stringify(read.body)).not.toContain('Bob secret plan')
  })

  it("versions of another vendor's pages stay hidden", async () => {
    const list = await rest('GET', '/api/content-pages/versions?depth=0&limit=100', { token: aliceToken })
    expect(JSON.stringify(list.body)).not.toContain('Bob secret plan')
    const bobVersions = await payload.findVersions({
      collection: 'content-pages',
      where: { parent: { equals: bobDraft.id } },
    })
    const one = await rest('GET', `/api/content-pages/versions/${bobVersions.docs[0].id}`, { token: aliceToken })
    expect([403, 404]).toContain(one.status)
    const restore = await rest('POST', `/api/content-pages/versions/${bobVersions.docs[0].id}`, { token: aliceToken })
    expect([403, 404]).toContain(restore.status)
  })

  it('bulk edit and bulk delete touch only own rows', async () => {
    const edit = await rest('PATCH', `/api/products?where[id][in]=${aliceProduct.id},${bobProduct.id}`, {
      token: aliceToken,
      body: { title: 'Bulk' },
    })
    expect(ids(edit.body)).toEqual([aliceProduct.id])
    expect((await payload.findByID({ collection: 'products', id: bobProduct.id })).title).toBe('Bob secret')
    const remove = await rest('DELETE', `/api/orders?where[vendor][exists]=true`, { token: aliceToken })
    expect(ids(remove.body)).not.toContain(bobOrder.id)
    expect((await payload.findByID({ collection: 'orders', id: bobOrder.id })).id).toBe(bobOrder.id)
  })

  it("list filters on related fields do not reveal another vendor's rows", async () => {
    for (const filter of [
      `where[vendor.slug][equals]=${bob.slug}`,
      `where[vendor.name][like]=Vendor`,
      `where[platform.code][equals]=${platform.code}`,
    ]) {
      const list = await rest('GET', `/api/products?depth=0&limit=100&${filter}`, { token: aliceToken })
      expect(ids(list.body)).not.toContain(bobProduct.id)
    }
    const orders = await rest('GET', `/api/orders?depth=0&limit=100&where[customerName][equals]=Ann`, {
      token: aliceToken,
    })
    expect(ids(orders.body)).not.toContain(bobOrder.id)
  })
})

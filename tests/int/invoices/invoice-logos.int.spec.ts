import { randomBytes } from 'node:crypto'

import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_LOGO_UPLOAD_BYTES } from '@/services/invoices/logoFile'

import { download, invoicingShop, invoicingWorld, type InvoicingWorld, linesInvoice } from '../../helpers/invoicing'
import { rest, testPayload } from '../../helpers/payload'

let payload: Payload
let world: InvoicingWorld

beforeAll(async () => {
  payload = await testPayload()
  world = await invoicingWorld(payload)
})

const png = (width = 40, height = 20) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } })
    .png()
    .toBuffer()

/** A logo upload as the admin sends it: multipart, the file and the other fields as `_payload`. */
async function upload(token: string, bytes: Buffer, name: string, type: string, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost:3000/api/invoice-logos', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    }),
  })
  return { status: response.status, body: await response.json() }
}

const message = (body: { errors?: { message: string }[] }) => body.errors?.[0]?.message

describe('invoice logos', () => {
  it('takes a PNG or JPEG from the shop owner, scoped to its shop, and serves it to that shop only', async () => {
    const shop = await invoicingShop(payload, world)
    const other = await invoicingShop(payload, world)
    const saved = await upload(shop.owner, await png(), 'logo.png', 'image/png')
    expect(saved.status).toBe(201)
    const logo = saved.body.doc
    expect(logo).toMatchObject({ vendor: { id: shop.vendor.id }, mimeType: 'image/png', width: 40, height: 20 })
    const jpeg = await sharp(await png(1200, 600))
      .jpeg()
      .toBuffer()
    const scaled = await upload(shop.owner, jpeg, 'logo.jpg', 'image/jpeg')
    expect(scaled.status).toBe(201)
    expect(scaled.body.doc).toMatchObject({ mimeType: 'image/jpeg', width: 480, height: 240 }) // fits 600 × 240

    const file = await download(`/api/invoice-logos/file/${logo.filename}`, shop.owner)
    expect(file.status).toBe(200)
    expect((await sharp(file.body).metadata()).format).toBe('png')

    // Another shop neither lists, reads nor downloads it.
    expect([403, 404]).toContain((await download(`/api/invoice-logos/file/${logo.filename}`, other.owner)).status)
    expect([403, 404]).toContain((await download(`/api/invoice-logos/file/${logo.filename}`)).status)
    expect([403, 404]).toContain((await rest('GET', `/api/invoice-logos/${logo.id}`, { token: other.owner })).status)
    const listed = await rest('GET', '/api/invoice-logos?limit=100', { token: other.owner })
    expect(listed.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(logo.id)
    // Nor can it write to it, nor can a member upload.
    expect([403, 404]).toContain((await rest('DELETE', `/api/invoice-logos/${logo.id}`, { token: other.owner })).status)
    expect((await upload(shop.member, await png(), 'logo.png', 'image/png')).status).toBe(403)
  })

  it('refuses what is not a PNG or JPEG, by its bytes, and files over 1 MB, in the caller’s language', async () => {
    const { owner } = await invoicingShop(payload, world)
    const gif = await sharp(await png())
      .gif()
      .toBuffer()
    const wrongType = await upload(owner, gif, 'logo.gif', 'image/gif')
    expect(wrongType.status).toBe(400)
    expect(message(wrongType.body)).toBe('The logo must be a PNG or JPEG image.')

    // A GIF, or text, named and typed as a PNG.
    for (const bytes of [gif, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')]) {
      const disguised = await upload(owner, bytes, 'logo.png', 'image/png')
      expect(disguised.status).toBe(400)
      expect(message(disguised.body)).toBe('The logo must be a PNG or JPEG image.')
    }
    // A real PNG header in front of garbage.
    const header = (await png()).subarray(0, 33)
    const fake = await upload(owner, Buffer.concat([header, randomBytes(2000)]), 'logo.png', 'image/png')
    expect(fake.status).toBe(400)
    expect(message(fake.body)).toBe('The logo must be a PNG or JPEG image.')

    const noise = await sharp(randomBytes(700 * 700 * 3), { raw: { width: 700, height: 700, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(noise.length).toBeGreaterThan(MAX_LOGO_UPLOAD_BYTES)
    const tooBig = await upload(owner, noise, 'logo.png', 'image/png')
    expect(tooBig.status).toBe(400)
    expect(message(tooBig.body)).toBe('The logo is too large: at most 1 MB.')

    const french = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/invoice-logos', {
        method: 'POST',
        headers: { Authorization: `JWT ${owner}`, 'Accept-Language': 'fr' },
        body: (() => {
          const form = new FormData()
          form.append('file', new Blob([new Uint8Array(gif)], { type: 'image/png' }), 'logo.png')
          form.append('_payload', '{}')
          return form
        })(),
      }),
    })
    expect(message(await french.json())).toBe('Le logo doit être une image PNG ou JPEG.')
  })

  it('is what the settings print: chosen by its shop, refused from another shop, frozen in issued invoices', async () => {
    const shop = await invoicingShop(payload, world)
    const other = await invoicingShop(payload, world)
    const settingsOf = async (vendorId: number) =>
      (
        await payload.find({
          collection: 'vendor-invoice-settings',
          where: { vendor: { equals: vendorId } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]
    const mine = (await upload(shop.owner, await png(), 'mine.png', 'image/png')).body.doc
    const theirs = (await upload(other.owner, await png(), 'theirs.png', 'image/png')).body.doc
    const settings = await settingsOf(shop.vendor.id)

    const stolen = await rest('PATCH', `/api/vendor-invoice-settings/${settings.id}`, {
      token: shop.owner,
      body: { logoFile: theirs.id },
    })
    expect(stolen.status).toBe(403)
    expect(message(stolen.body)).toBe('This logo belongs to another shop: upload your own.')

    const chosen = await rest('PATCH', `/api/vendor-invoice-settings/${settings.id}`, {
      token: shop.owner,
      body: { logoFile: mine.id },
    })
    expect(chosen.status).toBe(200)
    const stored = await settingsOf(shop.vendor.id)
    expect(stored.logo).toMatch(/^data:image\/png;base64,/)
    const bytes = Buffer.from(stored.logo!.split(',')[1], 'base64')
    expect((await sharp(bytes).metadata()).format).toBe('png')

    // Issued with it, the invoice keeps it even when the settings drop it.
    const draft = await linesInvoice(shop.owner, { issue: true })
    expect(draft.status).toBe(201)
    const cleared = await rest('PATCH', `/api/vendor-invoice-settings/${settings.id}`, {
      token: shop.owner,
      body: { logoFile: null },
    })
    expect(cleared.status).toBe(200)
    expect((await settingsOf(shop.vendor.id)).logo).toBeNull()
    const invoice = await payload.findByID({ collection: 'invoices', id: draft.body.invoice.id, overrideAccess: true })
    expect((invoice.sellerSnapshot as { logo?: string }).logo).toBe(stored.logo)
    const pdf = await download(`/api/vendor/invoices/${invoice.id}/pdf`, shop.owner)
    expect(pdf.status).toBe(200)
    expect(pdf.body.includes(Buffer.from('/Subtype /Image'))).toBe(true)
  })
})

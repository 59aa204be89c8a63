import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import sharp from 'sharp'

import { Forbidden, InvalidInput } from '@/services/errors'
import { relationId } from '@/utilities/relationId'

import { MAX_LOGO_BYTES } from './settingsRules'

/** An uploaded logo file: at most 1 MB (the stored copy is scaled down to LOGO_BOX, see the collection). */
export const MAX_LOGO_UPLOAD_BYTES = 1024 * 1024

/** The largest logo kept, in pixels: four times the 150 × 60 pt box the PDF prints it in. */
export const LOGO_BOX = { width: 600, height: 240 } as const

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const
type LogoMimeType = (typeof LOGO_MIME_TYPES)[number]

/** Where uploaded logos are stored on disk: INVOICE_LOGO_DIR, else `.data/invoice-logos` (git-ignored). */
export const invoiceLogoDir = (): string =>
  path.resolve(process.cwd(), process.env.INVOICE_LOGO_DIR || '.data/invoice-logos')

/**
 * Checks an uploaded logo before it is stored: at most MAX_LOGO_UPLOAD_BYTES, and bytes that decode (all of
 * them, with sharp) as a PNG or JPEG, whatever name or type the browser gave it.
 */
export async function checkLogoUpload(file: { data: Buffer; size?: number }): Promise<void> {
  const size = file.size ?? file.data.length
  if (size > MAX_LOGO_UPLOAD_BYTES)
    throw new InvalidInput('invoiceLogoUploadTooLarge', { mb: MAX_LOGO_UPLOAD_BYTES / 1024 / 1024 })
  let format: string | undefined
  try {
    const image = sharp(file.data, { failOn: 'error' })
    format = (await image.metadata()).format
    await image.stats() // decodes every pixel: a valid header in front of garbage is refused
  } catch {
    throw new InvalidInput('invoiceLogoUploadFormat')
  }
  if (format !== 'png' && format !== 'jpeg') throw new InvalidInput('invoiceLogoUploadFormat')
}

type LogoRow = { id: number; vendor?: unknown; filename?: string | null; mimeType?: string | null }

/**
 * The logo the vendor's invoice settings name, as the `data:` URL the settings keep and issued invoices freeze
 * (sellerSnapshot.logo), so a PDF never depends on a file that may later be replaced or deleted. Refuses a logo of
 * another vendor.
 */
export async function logoDataUrl(req: PayloadRequest, logoId: number, vendorId: number | null): Promise<string> {
  const logo = (await req.payload.findByID({
    collection: 'invoice-logos',
    id: logoId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as LogoRow | null
  if (!logo || vendorId === null || relationId(logo.vendor as number) !== vendorId)
    throw new Forbidden('invoiceLogoOfAnotherShop')
  const mimeType = logo.mimeType as LogoMimeType
  if (!logo.filename || !LOGO_MIME_TYPES.includes(mimeType)) throw new InvalidInput('invoiceLogoUploadFormat')
  const data = await readFile(path.join(invoiceLogoDir(), path.basename(logo.filename)))
  if (data.length > MAX_LOGO_BYTES) throw new InvalidInput('invoiceLogoTooLarge', { kb: MAX_LOGO_BYTES / 1024 })
  return `data:${mimeType};base64,${data.toString('base64')}`
}

import type { PayloadRequest } from 'payload'

import { transactionLock } from '@/services/db/locks'

/** A slug from a name: lowercase ASCII letters, digits and single dashes ("Épicerie Müller & Fils" → "epicerie-muller-fils"). */
export const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')

/**
 * A vendor slug not yet taken: `base`, else `base-2`, `base-3`, ... Taken under an advisory lock held until the
 * caller's transaction ends, so two signups of "Café Anne" at once get two slugs.
 */
export async function uniqueVendorSlug(req: PayloadRequest, name: string): Promise<string> {
  const base = slugify(name) || 'shop'
  await transactionLock(req, 'vendor-slug', base)
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((doc) => doc.slug))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

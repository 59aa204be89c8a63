import { Button } from '@payloadcms/ui'
import type { Payload, TypedUser } from 'payload'

import { MESSAGES_NAMESPACE } from '@/i18n/namespace'
import type { Message } from '@/i18n/t'
import { publicPagePath } from '@/services/content/publicPagePath'
import { isLocale } from '@/services/locales'
import { activeVendorIdsOnPlatform } from '@/services/memberships'
import { relationId } from '@/utilities/relationId'
import { isVendorUser, userVendorIds } from '@/utilities/roles'

import { CustomisePageButton } from './CustomisePageButton'

type Props = {
  id?: number | string
  payload: Payload
  user?: TypedUser | null
  locale?: { code: string }
  i18n: { t: (key: string) => string }
}

/**
 * Beside Save on a content page (`beforeDocumentControls`): "Open the page" to its public page in the content locale
 * being edited, and, for a vendor user on a platform default page (read-only to them), "Customise this page", which
 * makes the shop's own copy (POST /api/vendor/content-pages/:id/customise) and opens it.
 */
export async function PageActions({ id, payload, user, locale, i18n }: Props) {
  if (id === undefined || !user) return null
  const text = (key: Message) => i18n.t(`${MESSAGES_NAMESPACE}:${key}`)
  const page = await payload.findByID({
    collection: 'content-pages',
    id,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!page) return null
  const platform = await payload.findByID({
    collection: 'platforms',
    id: relationId(page.platform)!,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
  })
  const isDefault = !page.vendor && !page.isPlatformPage
  // The shops whose storefront shows this page: the page's vendor, or for a default the user's shops on its platform.
  const shopIds = page.vendor
    ? [relationId(page.vendor)!]
    : isDefault && isVendorUser(user)
      ? await activeVendorIdsOnPlatform(payload, userVendorIds(user), platform.id)
      : []
  const shops =
    shopIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'vendors',
            where: { id: { in: shopIds } },
            depth: 0,
            pagination: false,
            select: { slug: true, name: true },
            overrideAccess: true,
          })
        ).docs
  const contentLocale = isLocale(locale?.code) ? locale.code : undefined
  const openHref =
    page.isPlatformPage || shops[0]
      ? publicPagePath({
          platformCode: platform.code,
          slug: page.slug,
          vendorSlug: page.isPlatformPage ? null : shops[0].slug,
          locale: contentLocale,
        })
      : null
  const customisable = isDefault && isVendorUser(user) ? shops : []

  return (
    <div
      data-page-actions
      // Inside Payload's document controls bar, whose height is fixed: one row, the hint in small type.
      style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'nowrap' }}
    >
      {customisable.length > 0 && (
        <span style={{ color: 'var(--theme-elevation-800)', maxWidth: '24em', fontSize: 12, lineHeight: '15px' }}>
          {text('customisePageHint')}
        </span>
      )}
      {customisable.map((shop) => (
        <CustomisePageButton
          key={shop.id}
          pageId={page.id}
          vendorId={shop.id}
          label={customisable.length > 1 ? `${text('customisePage')} (${shop.name})` : text('customisePage')}
        />
      ))}
      {openHref && (
        <Button buttonStyle="secondary" size="small" el="anchor" url={openHref} newTab margin={false}>
          <span style={{ whiteSpace: 'nowrap' }}>{text('openPublicPage')}</span>
        </Button>
      )}
    </div>
  )
}

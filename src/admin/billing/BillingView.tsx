import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import { stripeConfig } from '@/services/stripe/client'

import { AdminViewShell, requireAdminUser } from '../AdminViewShell'

import { BillingPage } from './BillingPage'
import { billingTarget } from './billingTarget'

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** /admin/billing[?vendor=SLUG][&platform=CODE]: the page shell (who may see which shop's billing), in the admin's layout. */
export async function BillingView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload } = req
  const adminRoute = payload.config.routes.admin
  const vendorSlug = single(searchParams?.vendor)
  const platformCode = single(searchParams?.platform)
  const here = (query: Record<string, string>) =>
    `${formatAdminURL({ adminRoute, path: '/billing' })}?${new URLSearchParams(query)}`

  requireAdminUser(
    initPageResult,
    vendorSlug ? here({ vendor: vendorSlug }) : formatAdminURL({ adminRoute, path: '/billing' }),
  )

  const language = requestLanguage(req)
  const title = translate(language, 'billingPageTitle')
  const target = await billingTarget(req, vendorSlug, platformCode)

  let body
  if (target.kind === 'refuse') {
    body = <Banner type="error">{translate(language, target.message, target.vars)}</Banner>
  } else if (target.kind === 'choose-vendor') {
    body = (
      <>
        <p>{translate(language, 'billingPageChooseVendor')}</p>
        <ul>
          {target.vendors.map((vendor) => (
            <li key={vendor.slug}>
              <a href={here({ vendor: vendor.slug })}>{vendor.name}</a>
            </li>
          ))}
        </ul>
      </>
    )
  } else if (target.kind === 'choose-platform') {
    body = (
      <>
        <p>{translate(language, 'billingPageChoosePlatform', { vendor: target.vendor.name })}</p>
        <ul>
          {target.platforms.map((platform) => (
            <li key={platform.code}>
              <a href={here({ vendor: target.vendor.slug, platform: platform.code })}>{platform.name}</a>
            </li>
          ))}
        </ul>
      </>
    )
  } else {
    body = (
      <BillingPage
        scope={{ vendor: target.vendor.slug, platform: target.platform.code }}
        viewer={target.viewer}
        vendorName={target.vendor.name}
        stripeJsUrl={stripeConfig().jsUrl}
      />
    )
  }

  return (
    <AdminViewShell
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      viewType="billing"
      title={title}
      subtitle={target.kind === 'show' ? `${target.vendor.name} · ${target.platform.name}` : undefined}
    >
      {body}
    </AdminViewShell>
  )
}

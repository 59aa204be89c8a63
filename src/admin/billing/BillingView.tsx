import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { requestLanguage, translate } from '@/i18n/t'
import { stripeConfig } from '@/services/stripe/client'

import { BillingPage } from './BillingPage'
import { billingTarget } from './billingTarget'

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** /admin/billing[?vendor=SLUG][&platform=CODE]: the page shell (who may see which shop's billing), in the admin's layout. */
export async function BillingView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  const vendorSlug = single(searchParams?.vendor)
  const platformCode = single(searchParams?.platform)
  const here = (query: Record<string, string>) =>
    `${formatAdminURL({ adminRoute, path: '/billing' })}?${new URLSearchParams(query)}`

  if (!user) {
    const back = vendorSlug ? here({ vendor: vendorSlug }) : formatAdminURL({ adminRoute, path: '/billing' })
    redirect(
      `${formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })}?redirect=${encodeURIComponent(back)}`,
    )
  }

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
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? undefined}
      viewType="billing"
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter>
        <h1 style={{ margin: '24px 0 4px' }}>{title}</h1>
        {target.kind === 'show' ? (
          <p style={{ margin: '0 0 16px', color: 'var(--theme-elevation-500)' }}>
            {target.vendor.name} · {target.platform.name}
          </p>
        ) : null}
        {body}
      </Gutter>
    </DefaultTemplate>
  )
}

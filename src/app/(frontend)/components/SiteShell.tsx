import type React from 'react'

import { siteText } from '@/i18n/site'
import type { Platform } from '@/payload-types'
import type { NavigationItem } from '@/services/content/contentNavigation'
import { LOCALES, type Locale } from '@/services/locales'

type Props = {
  platform: Pick<Platform, 'name' | 'branding'>
  /** The vendor whose storefront this is; null on the platform's own site. */
  vendorName?: string | null
  header: NavigationItem[]
  footer: NavigationItem[]
  locale: Locale
  /** Link to a page of this site in the current language. */
  link: (slug: string) => string
  homeHref: string
  /** The same page in another language. */
  localeHref: (locale: Locale) => string
  /** The homepage's hero says the tagline already. */
  hideTagline?: boolean
  /** The platform's own site links to the admin's sign-in; a vendor's storefront does not. */
  signInHref?: string
  children: React.ReactNode
}

/** Header (logo, name, tagline, menu, language switcher) and footer around a page, in the platform's colour. */
export function SiteShell({
  platform,
  vendorName,
  header,
  footer,
  locale,
  link,
  homeHref,
  localeHref,
  hideTagline,
  signInHref,
  children,
}: Props) {
  const text = siteText(locale)
  const branding = platform.branding
  const siteName = vendorName ?? platform.name
  return (
    <div
      className="site"
      lang={locale}
      style={{ '--brand': branding?.primaryColor || undefined } as React.CSSProperties}
    >
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href={homeHref}>
            {!vendorName && branding?.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a logo on any host, unknown to next/image
              <img className="brand__logo" src={branding.logoUrl} alt="" width={36} height={36} />
            ) : (
              <span className="brand__mark" aria-hidden="true">
                {siteName.replace(/^Letzshop\s+/i, '').charAt(0)}
              </span>
            )}
            <span className="brand__text">
              <strong>{siteName}</strong>
              {!vendorName && !hideTagline && branding?.tagline && (
                <span className="brand__tagline">{branding.tagline}</span>
              )}
            </span>
          </a>
          <nav aria-label={text.nav.main} className="site-nav">
            {header.map((item) => (
              <a key={item.slug} href={link(item.slug)}>
                {item.title}
              </a>
            ))}
          </nav>
          <nav aria-label={text.nav.language} className="locale-switch">
            {LOCALES.map((code) => (
              <a
                key={code}
                href={localeHref(code)}
                hrefLang={code}
                lang={code}
                aria-current={code === locale ? 'true' : undefined}
                title={siteText(code).languageName}
              >
                {code.toUpperCase()}
              </a>
            ))}
          </nav>
          {signInHref && (
            <a className="sign-in" href={signInHref}>
              {text.nav.signIn}
            </a>
          )}
        </div>
      </header>
      {children}
      <footer className="site-footer">
        <div className="site-footer__inner">
          <nav aria-label={text.nav.footer}>
            {footer.map((item) => (
              <a key={item.slug} href={link(item.slug)}>
                {item.title}
              </a>
            ))}
          </nav>
          <span>{text.poweredBy(platform.name)}</span>
        </div>
      </footer>
    </div>
  )
}

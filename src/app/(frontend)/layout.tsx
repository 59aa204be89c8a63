import { headers } from 'next/headers'
import type React from 'react'

import { SITE_LOCALE_HEADER } from '@/i18n/site/negotiateLocale'
import { DEFAULT_LOCALE, isLocale } from '@/services/locales'

import './styles.css'

export const metadata = {
  title: 'Letzshop Platforms',
  icons: { icon: [{ url: '/favicon.ico', type: 'image/svg+xml' }] },
}

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const locale = (await headers()).get(SITE_LOCALE_HEADER)
  return (
    <html lang={isLocale(locale) ? locale : DEFAULT_LOCALE}>
      <body>{children}</body>
    </html>
  )
}

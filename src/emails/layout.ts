import type { Locale } from '@/services/locales'

import { html, type SafeHtml } from './html'
import type { Branding } from './types'

const DEFAULT_COLOUR = '#1f6feb'

/** Only a hex colour reaches the style attribute, and only an http(s) logo the img tag. */
const colour = (value: string) => (/^#[0-9a-fA-F]{6}$/.test(value) ? value : DEFAULT_COLOUR)
const httpUrl = (value: string | null) => {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** A button linking to `href` in the platform's colour (bulletproof enough for mail clients: a styled link). */
export const button = (branding: Branding, href: string, label: string): SafeHtml =>
  html`<a
    href="${href}"
    style="display:inline-block;padding:12px 20px;border-radius:6px;background:${colour(branding.primaryColor)};color:#ffffff;text-decoration:none;font-weight:bold"
    >${label}</a
  >`

/** The branded frame every HTML mail shares: logo or name in the platform's colour, the body, a footer. */
export function htmlLayout({
  locale,
  branding,
  title,
  body,
}: {
  locale: Locale
  branding: Branding
  title: string
  body: SafeHtml
}): string {
  const logo = httpUrl(branding.logoUrl)
  const accent = colour(branding.primaryColor)
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
      </head>
      <body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2328">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="600"
                cellpadding="0"
                cellspacing="0"
                style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;border-top:4px solid ${accent}"
              >
                <tr>
                  <td style="padding:24px 32px 0">
                    ${logo ? html`<img src="${logo}" alt="${branding.name}" height="40" style="height:40px" />` : html`<strong style="font-size:20px;color:${accent}">${branding.name}</strong>`}
                  </td>
                </tr>
                <tr>
                  <td style="padding:16px 32px 32px;font-size:15px;line-height:1.5">${body}</td>
                </tr>
              </table>
              <p style="font-size:12px;color:#6e7781">${branding.name}</p>
            </td>
          </tr>
        </table>
      </body>
    </html> `.value
}

/** Subjects go into a mail header: no line breaks. */
export const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim()

/** Longest company name a subject carries before it is cut with "…". */
export const SUBJECT_NAME_MAX = 40

const QUOTES: Record<Locale, [string, string]> = { en: ['“', '”'], fr: ['« ', ' »'], de: ['„', '“'] }

/**
 * A company name inside a subject: on one line, at most SUBJECT_NAME_MAX characters (cut with "…"), in the
 * language's quotation marks, so that a long or odd name neither hides the subject's meaning nor reads as part of it.
 */
export function quotedName(name: string, locale: Locale): string {
  const flat = oneLine(name).replace(/\s+/g, ' ')
  const characters = [...flat]
  const short =
    characters.length > SUBJECT_NAME_MAX
      ? `${characters
          .slice(0, SUBJECT_NAME_MAX - 1)
          .join('')
          .trimEnd()}…`
      : flat
  const [open, close] = QUOTES[locale]
  return `${open}${short}${close}`
}

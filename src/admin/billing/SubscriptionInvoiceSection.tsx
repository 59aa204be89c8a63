'use client'

import type { Message } from '@/i18n/t'

import type { SubscriptionInvoice } from './billingApi'
import { Section, muted } from './Section'
import type { BillingText } from './useBillingText'

const STATUSES = ['draft', 'open', 'paid', 'uncollectible', 'void'] as const

/** The vendor's subscription invoices (Stripe's bills for the plan and add-ons) with their PDF links. */
export function SubscriptionInvoiceSection({
  text,
  invoices,
  error,
}: {
  text: BillingText
  invoices: SubscriptionInvoice[]
  error: string | null
}) {
  const { t } = text
  const status = (value: string | null) =>
    value && (STATUSES as readonly string[]).includes(value)
      ? t(`billingPageSubscriptionInvoice_${value}` as Message)
      : (value ?? '—')
  const cell = {
    padding: '6px 8px 6px 0',
    textAlign: 'left' as const,
    borderTop: '1px solid var(--theme-elevation-100)',
  }
  return (
    <Section id="subscription-invoices" title={t('billingPageSubscriptionInvoices')} wide>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {!error && invoices.length === 0 ? <p style={muted}>{t('billingPageNoSubscriptionInvoices')}</p> : null}
      {invoices.length > 0 ? (
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              <th style={cell}>{t('billingPageSubscriptionInvoiceNumber')}</th>
              <th style={cell}>{t('billingPageSubscriptionInvoiceDate')}</th>
              <th style={{ ...cell, textAlign: 'right' }}>{t('billingPageSubscriptionInvoiceAmount')}</th>
              <th style={cell}>{t('billingPageSubscriptionInvoiceStatus')}</th>
              <th style={cell}>{t('billingPageSubscriptionInvoicePdf')}</th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((invoice) => (
              <tr key={invoice.id} data-invoice={invoice.number ?? invoice.id}>
                <td style={cell}>{invoice.number ?? '—'}</td>
                <td style={cell}>{invoice.date ? text.date(invoice.date) : '—'}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{text.money(invoice.total, invoice.currency)}</td>
                <td style={cell}>{status(invoice.status)}</td>
                <td style={cell}>
                  {invoice.pdf ? (
                    <a href={invoice.pdf} target="_blank" rel="noopener noreferrer">
                      {t('billingPageDownload')}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  )
}

'use client'

import { useAdminText } from '../useAdminText'

import { useInvoiceView } from './useInvoiceAction'

/** At the top of an issued invoice: why nothing can be edited, and what to do instead. */
export function IssuedNotice() {
  const { id, status } = useInvoiceView()
  const { t } = useAdminText()
  if (!id || !status || status === 'draft') return null
  return (
    <div
      role="note"
      data-invoice-read-only
      style={{
        padding: 'calc(var(--base) * 0.6) calc(var(--base) * 0.8)',
        marginBottom: 'var(--base)',
        borderLeft: '4px solid var(--theme-success-500)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      {t('invoiceReadOnly')}
    </div>
  )
}

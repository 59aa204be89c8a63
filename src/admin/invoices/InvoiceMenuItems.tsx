'use client'

import { PopupList } from '@payloadcms/ui'

import { useAdminText } from '../useAdminText'

import { useInvoiceAction, useInvoiceUrls, useInvoiceView } from './useInvoiceAction'

/** The invoice's secondary actions in the document's "…" menu (`editMenuItems`): downloads and sending. */
export function InvoiceMenuItems() {
  const { id, status, hasEmail } = useInvoiceView()
  const { t } = useAdminText()
  const urls = useInvoiceUrls(id)
  const { busy, run } = useInvoiceAction(id)
  if (!id) return null
  const open = (url: string) => () => window.open(url, '_blank', 'noopener')
  return (
    <>
      <PopupList.Divider />
      <PopupList.GroupLabel label={t('invoiceActionMore')} />
      {status === 'draft' && hasEmail && (
        <PopupList.Button
          id="action-invoice-issue-email"
          disabled={busy}
          onClick={() => run({ path: 'issue', body: { email: true }, done: 'invoiceActionIssuedSent' })}
        >
          {t('invoiceActionIssueEmail')}
        </PopupList.Button>
      )}
      <PopupList.Button id="action-invoice-pdf" onClick={open(urls.pdf)}>
        {t('invoiceActionPdf')}
      </PopupList.Button>
      <PopupList.Button id="action-invoice-facturx" onClick={open(urls.facturX)}>
        {t('invoiceActionFacturX')}
      </PopupList.Button>
      <PopupList.Button id="action-invoice-xml" onClick={open(urls.xml)}>
        {t('invoiceActionXml')}
      </PopupList.Button>
    </>
  )
}

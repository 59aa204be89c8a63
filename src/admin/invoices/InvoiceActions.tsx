'use client'

import { Button, ConfirmationModal, useFormModified, useModal } from '@payloadcms/ui'

import { useAdminText } from '../useAdminText'

import { useInvoiceAction, useInvoiceUrls, useInvoiceView } from './useInvoiceAction'

const CREDIT_MODAL = 'invoice-credit-note'

/**
 * The invoice's main actions beside Payload's Save (`beforeDocumentControls`): a draft is issued, an issued
 * invoice credited or marked paid, and a saved invoice's PDF downloaded. Downloads of the e-invoices and sending
 * are in the document's menu (InvoiceMenuItems). The endpoints decide who may do what.
 */
export function InvoiceActions() {
  const { id, status, kind } = useInvoiceView()
  const { t } = useAdminText()
  const urls = useInvoiceUrls(id)
  const { busy, run } = useInvoiceAction(id)
  const { openModal } = useModal()
  const modified = useFormModified()
  if (!id) return null
  const creditable = kind === 'invoice' && (status === 'issued' || status === 'paid')
  return (
    <div
      data-invoice-actions
      className="invoice-actions"
      style={{ display: 'flex', alignItems: 'center', gap: 'var(--base, 20px)' }}
    >
      {status === 'draft' && (
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy || modified}
          tooltip={modified ? t('invoiceSaveBeforeIssue') : undefined}
          onClick={() => run({ path: 'issue', done: 'invoiceActionIssued' })}
        >
          {t('invoiceActionIssue')}
        </Button>
      )}
      {kind === 'invoice' && status === 'issued' && (
        <Button
          buttonStyle="secondary"
          size="medium"
          disabled={busy}
          onClick={() => run({ path: 'mark-paid', done: 'invoiceActionMarkedPaid' })}
        >
          {t('invoiceActionPaid')}
        </Button>
      )}
      {creditable && (
        <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => openModal(CREDIT_MODAL)}>
          {t('invoiceActionCredit')}
        </Button>
      )}
      {status !== 'draft' && (
        <Button buttonStyle="primary" size="medium" el="anchor" url={urls.pdf} newTab>
          {t('invoiceActionPdf')}
        </Button>
      )}
      <ConfirmationModal
        modalSlug={CREDIT_MODAL}
        heading={t('invoiceActionCredit')}
        body={t('invoiceActionConfirmCredit')}
        confirmLabel={t('invoiceActionCredit')}
        onConfirm={() => run({ path: 'credit-note', done: 'invoiceActionCredited', openResult: true })}
      />
    </div>
  )
}

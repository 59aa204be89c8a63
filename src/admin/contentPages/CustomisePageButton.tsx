'use client'

import { Button, toast, useConfig, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useAdminText } from '../useAdminText'

/** Makes the shop's own copy of a default page (the endpoint decides) and opens it in the content locale being edited. */
export function CustomisePageButton({ pageId, vendorId, label }: { pageId: number; vendorId: number; label: string }) {
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const router = useRouter()
  const { t } = useAdminText()
  const [busy, setBusy] = useState(false)

  async function customise() {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/vendor/content-pages/${pageId}/customise`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ vendor: vendorId }),
      })
      const answer = await response.json().catch(() => null)
      if (!response.ok || !answer?.page?.id) {
        toast.error(answer?.errors?.[0]?.message ?? t('customiseNotYourShop'))
        setBusy(false)
        return
      }
      router.push(`${config.routes.admin}/collections/content-pages/${answer.page.id}?locale=${locale}`)
    } catch {
      toast.error(t('customiseNotYourShop'))
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => void customise()}>
      {busy ? t('customisePageOpening') : label}
    </Button>
  )
}

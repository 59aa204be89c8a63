'use client'

import { type ReactNode, useEffect } from 'react'

import { useAdminText } from '@/admin/useAdminText'

const UNLABELLED_ROW_CHECKBOXES = '.select-row__checkbox input[type="checkbox"]:is([aria-label=""], :not([aria-label]))'

/**
 * Payload 3.90's list views render each row's selection checkbox with an empty `aria-label` and nothing to label
 * it (its "select all" has one): a screen reader announces a bare "checkbox", and axe counts a critical violation
 * per row. This provider names each of them as the rows appear.
 */
export function RowSelectionLabels({ children }: { children?: ReactNode }) {
  const { t } = useAdminText()
  const label = t('selectThisRow')
  useEffect(() => {
    const name = () =>
      document
        .querySelectorAll<HTMLInputElement>(UNLABELLED_ROW_CHECKBOXES)
        .forEach((checkbox) => checkbox.setAttribute('aria-label', label))
    name()
    const observer = new MutationObserver(name)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [label])
  return <>{children}</>
}

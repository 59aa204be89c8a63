'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatMoney } from '@/i18n/format'

import { useAdminText } from '../useAdminText'

/** A money column of the list view: integer cents shown as money in the admin's language. */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  const { language } = useAdminText()
  return <span>{typeof cellData === 'number' ? formatMoney(cellData, language) : ''}</span>
}

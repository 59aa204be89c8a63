'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatCents } from '@/services/money'

import { useAdminText } from '../useAdminText'

/** A money column of the list view: integer cents shown as money in the admin's language. */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  const { language } = useAdminText()
  return <span>{typeof cellData === 'number' ? formatCents(cellData, language) : ''}</span>
}

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { idArray } from '../capacity/subscriptionUsageSql'
import * as tables from '../db/tables'
import { runSql } from '../transactions'

import { localeLiteral, localizedNameSql } from './localizedNameSql'

/**
 * The names of tiers in one language (an interface language, whatever the request's content locale), by id, in one
 * query: what the admin's own words ("Formule Essentiel, période d'essai…") name a plan with.
 */
export async function tierNames(
  req: PayloadRequest,
  tierIds: readonly number[],
  language: string,
): Promise<Map<number, string>> {
  if (tierIds.length === 0) return new Map()
  // Aliased: the name's subquery reads a table with its own `id`.
  const t = tables.subscriptionTiers.as('named_tier')
  const { rows } = await runSql(
    req,
    sql`SELECT ${t.id} AS id, ${sql.raw(localizedNameSql('tier', t.id, localeLiteral(language)))} AS name
      FROM ${t} WHERE ${t.id} = ANY(${idArray(tierIds)}::integer[])`,
  )
  return new Map(rows.map((row) => [Number(row.id), String(row.name)]))
}

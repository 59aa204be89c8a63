import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { getTableColumns, type Table } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { declarationOf, type Declaration } from '@/services/db/sqlName'
import * as tables from '@/services/db/tables'

import { testPayload } from '../../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const declarations = Object.entries(tables).flatMap(([exported, value]) => {
  const declaration = declarationOf(value)
  return declaration ? [{ exported, declaration }] : []
})

const ofKind = <K extends Declaration['kind']>(kind: K) =>
  declarations.filter(
    (entry): entry is { exported: string; declaration: Extract<Declaration, { kind: K }> } =>
      entry.declaration.kind === kind,
  )

/** The SQL names of a table's columns in Payload's generated schema, or null when Payload has no such table. */
function payloadColumns(name: string): string[] | null {
  const table = (payload.db as unknown as { tables: Record<string, Table> }).tables[name]
  return table ? Object.values(getTableColumns(table)).map((column) => column.name) : null
}

describe('the names our raw SQL uses (src/services/db/tables.ts)', () => {
  it('declares names of every kind', () => {
    expect(ofKind('table').length).toBeGreaterThan(10)
    expect(ofKind('enum').length).toBeGreaterThan(0)
    expect(ofKind('relationPath').length).toBeGreaterThan(0)
  })

  it("name tables and columns of Payload's generated schema, spelt as Payload spells them", () => {
    const missing: string[] = []
    for (const { exported, declaration } of ofKind('table').filter((entry) => entry.declaration.owner === 'payload')) {
      const columns = payloadColumns(declaration.name)
      if (!columns) missing.push(`${exported}: no table "${declaration.name}" in payload.db.tables`)
      else
        for (const column of declaration.columns)
          if (!columns.includes(column))
            missing.push(`${exported}: no column "${declaration.name}.${column}" (it has ${columns.join(', ')})`)
    }
    expect(missing).toEqual([])
  })

  it('name tables and columns our migrations create, as the migrated database has them', async () => {
    const missing: string[] = []
    for (const { exported, declaration } of ofKind('table').filter(
      (entry) => entry.declaration.owner === 'migration',
    )) {
      expect(
        payloadColumns(declaration.name),
        `${declaration.name} is Payload's: declare it with payloadTable`,
      ).toBeNull()
      const result = await payload.db.drizzle.execute(
        sql`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${declaration.name}`,
      )
      const columns = result.rows.map((row) => row.column_name as string)
      if (columns.length === 0) missing.push(`${exported}: no table "${declaration.name}" in the migrated database`)
      for (const column of declaration.columns)
        if (columns.length > 0 && !columns.includes(column))
          missing.push(`${exported}: no column "${declaration.name}.${column}"`)
    }
    expect(missing).toEqual([])
  })

  it("name enum types of Payload's schema", () => {
    const enums = Object.values((payload.db as unknown as { enums: Record<string, { enumName: string }> }).enums).map(
      (type) => type.enumName,
    )
    for (const { declaration } of ofKind('enum'))
      expect(enums, `enum type "${declaration.name}"`).toContain(declaration.name)
  })

  it('name relationship fields whose rows carry them as their `path`', () => {
    for (const { declaration } of ofKind('relationPath')) {
      const collection = payload.collections[declaration.collection as keyof typeof payload.collections]
      expect(collection, `collection "${declaration.collection}"`).toBeDefined()
      const field = collection.config.flattenedFields.find(
        (candidate) => 'name' in candidate && candidate.name === declaration.field,
      )
      expect(field?.type, `${declaration.collection}.${declaration.field}`).toBe('relationship')
    }
  })

  it('are the only way src/ names a generated table in SQL (outside migrations)', () => {
    const names = Object.keys((payload.db as unknown as { tables: Record<string, unknown> }).tables).concat(
      ofKind('table').map((entry) => entry.declaration.name),
    )
    const written = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(?:${names.join('|')})\\b`, 'i')
    const offenders: string[] = []
    const visit = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) {
          if (file !== path.resolve('src/migrations')) visit(file)
        } else if (/\.tsx?$/.test(entry.name) && file !== path.resolve('src/services/db/tables.ts')) {
          fs.readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, index) => {
              if (written.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line))
                offenders.push(`${path.relative(process.cwd(), file)}:${index + 1}: ${line.trim()}`)
            })
        }
      }
    }
    visit(path.resolve('src'))
    expect(offenders).toEqual([])
  })

  it('render as written, never as bound parameters, in drizzle statements and in SQL text', () => {
    const dialect = new PgDialect()
    const s = tables.vendorSubscriptions.as('s')
    const f = tables.subscriptionTiersFeatures.as('f')
    expect(dialect.sqlToQuery(sql`SELECT ${s.status} FROM ${s} WHERE ${s.id} = ${1}`)).toMatchObject({
      sql: 'SELECT s.status FROM vendor_subscriptions s WHERE s.id = $1',
      params: [1],
    })
    expect(`${tables.vendorSubscriptions.status} ${f.order} ${tables.addOnsPath} ::${tables.locales}`).toBe(
      `status f."order" 'addOns' ::_locales`,
    )
  })
})

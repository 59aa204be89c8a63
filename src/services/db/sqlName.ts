import { sql } from '@payloadcms/db-postgres'
import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'

/** PostgreSQL's reserved key words (manual, appendix C): a column so named is written quoted. */
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog ' +
    'current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except ' +
    'false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime localtimestamp ' +
    'not null offset on only or order placing primary references returning select session_user some symmetric table then to ' +
    'trailing true union unique user using variadic when where window with'
  ).split(' '),
)

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/**
 * A name our SQL writes (a table, a column, an enum type, a relationship path): raw text inside drizzle's `sql`
 * (never a bound parameter) and its text inside a plain SQL string, so both kinds of statement can take their names
 * from src/services/db/tables.ts and emit the same text as if the name were written in place.
 */
export class SqlName implements SQLWrapper {
  readonly #text: string
  readonly #chunk: SQL

  constructor(text: string) {
    this.#text = text
    this.#chunk = sql.raw(text)
  }

  getSQL(): SQL {
    return this.#chunk
  }

  shouldOmitSQLParens(): boolean {
    return true
  }

  toString(): string {
    return this.#text
  }
}

/** Who creates a table: Payload, from the collections' config, or one of our migrations by hand. */
export type TableOwner = 'payload' | 'migration'

/** What tests/int/database/schema-names.int.spec.ts checks against Payload's schema and the migrated database. */
export type Declaration =
  | { kind: 'table'; owner: TableOwner; name: string; columns: readonly string[] }
  | { kind: 'enum'; name: string }
  | { kind: 'relationPath'; collection: string; field: string }

const DECLARATION = Symbol('declaration')

/** The declaration behind a name exported by tables.ts, undefined for anything else. */
export const declarationOf = (value: unknown): Declaration | undefined =>
  value instanceof SqlName ? (value as SqlName & { [DECLARATION]?: Declaration })[DECLARATION] : undefined

const declared = <T extends SqlName>(name: T, declaration: Declaration): T =>
  Object.assign(name, { [DECLARATION]: declaration })

function identifier(name: string): string {
  if (!IDENTIFIER.test(name))
    throw new Error(`"${name}" is not a plain SQL name (lowercase letters, digits, underscores).`)
  return RESERVED.has(name) ? `"${name}"` : name
}

/**
 * A table and the columns our SQL uses of it. It renders as its name, or `name alias` once aliased with `as`;
 * each column renders as its name, or `alias.name` on the aliased table.
 */
export type SqlTable<C extends string> = SqlName & { readonly [K in C]: SqlName } & { as(alias: string): SqlTable<C> }

function buildTable<C extends string>(name: string, columns: readonly C[], alias?: string): SqlTable<C> {
  const table = new SqlName(alias ? `${identifier(name)} ${identifier(alias)}` : identifier(name))
  const prefix = alias ? `${identifier(alias)}.` : ''
  for (const column of columns)
    Object.defineProperty(table, column, { value: new SqlName(prefix + identifier(column)), enumerable: true })
  Object.defineProperty(table, 'as', { value: (as: string) => buildTable(name, columns, as) })
  return table as SqlTable<C>
}

/** A table Payload generates from a collection (`payload.db.tables`). */
export const payloadTable = <C extends string>(name: string, columns: readonly C[]): SqlTable<C> =>
  declared(buildTable(name, columns), { kind: 'table', owner: 'payload', name, columns })

/** A table one of src/migrations creates by hand, outside Payload's schema. */
export const migrationTable = <C extends string>(name: string, columns: readonly C[]): SqlTable<C> =>
  declared(buildTable(name, columns), { kind: 'table', owner: 'migration', name, columns })

/** An enum type Payload generates (`_locales`: the locales of localized fields), for casts. */
export const payloadEnum = (name: string): SqlName => declared(new SqlName(identifier(name)), { kind: 'enum', name })

/** The `path` a `_rels` row carries for a has-many relationship field: the field's name, as a SQL string literal. */
export const relationPath = (collection: string, field: string): SqlName => {
  if (!/^[A-Za-z0-9_]+$/.test(field)) throw new Error(`"${field}" cannot be written as a relationship path.`)
  return declared(new SqlName(`'${field}'`), { kind: 'relationPath', collection, field })
}

import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import { LANGUAGE_PREFERENCE } from '../adminPreferences'
import * as tables from '../db/tables'
import { DEFAULT_LOCALE, LOCALES } from '../locales'

const u = tables.users.as('owner_user')
const rels = tables.usersRels.as('owner_rel')
const roles = tables.usersRoles.as('owner_role')
const prefs = tables.payloadPreferences.as('owner_pref')
const prefRels = tables.payloadPreferencesRels.as('owner_pref_rel')
const sessions = tables.signupSessions.as('owner_signup')
const localeList = sql.raw(`('${LOCALES.join("','")}')`)

/**
 * Where a vendor's billing mail goes, as rows `(vendor_id, user_id, email, locale)` for the vendors `vendorIds` (a
 * SQL expression giving an integer[]): per vendor its first owner (by creation), in the language they chose in the
 * admin, else the language they signed up in, else the default. The one statement of this rule: vendorOwnerContact
 * runs it for one vendor, set-based jobs for many.
 */
export const vendorOwnerContactsSql = (vendorIds: SQL): SQL => sql`
  SELECT DISTINCT ON (${rels.vendors_id}) ${rels.vendors_id} AS vendor_id, ${u.id} AS user_id, ${u.email} AS email,
    COALESCE(
      (SELECT ${prefs.value} #>> '{}' FROM ${prefs} JOIN ${prefRels} ON ${prefRels.parent_id} = ${prefs.id}
        AND ${prefRels.path} = 'user' AND ${prefRels.users_id} = ${u.id}
       WHERE ${prefs.key} = ${LANGUAGE_PREFERENCE} AND (${prefs.value} #>> '{}') IN ${localeList} LIMIT 1),
      (SELECT ${sessions.locale}::text FROM ${sessions}
       WHERE ${sessions.completed_user_id} = ${u.id} AND ${sessions.locale} IS NOT NULL LIMIT 1),
      ${DEFAULT_LOCALE}
    ) AS locale
  FROM ${rels}
  JOIN ${u} ON ${u.id} = ${rels.parent_id}
  JOIN ${roles} ON ${roles.parent_id} = ${u.id} AND ${roles.value} = 'vendor-owner'
  WHERE ${rels.path} = ${tables.vendorsPath} AND ${rels.vendors_id} = ANY((${vendorIds})::integer[])
  ORDER BY ${rels.vendors_id}, ${u.created_at}, ${u.id}`

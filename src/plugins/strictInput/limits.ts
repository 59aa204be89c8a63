/** Documented bounds of REST input (docs/security.md, Input validation). */
export const MAX_LIMIT = 100
export const MAX_DEPTH = 3
/** Postgres `serial` ids are 4-byte integers. */
export const MAX_ID = 2_147_483_647
export const MIN_YEAR = 1000
export const MAX_YEAR = 9999

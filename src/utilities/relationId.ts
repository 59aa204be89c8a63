/** A relationship field's value: the related document's id, or the document itself when Payload populated it. */
export type Relation = number | { id: number }

/** The related document's id, populated or not; null for an empty relationship. */
export function relationId(value: Relation): number
export function relationId(value: Relation | null | undefined): number | null
export function relationId(value: Relation | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}

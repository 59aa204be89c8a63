import { APIError, type CollectionAfterOperationHook } from 'payload'

/**
 * Payload's bulk update and delete (`PATCH|DELETE /api/<collection>?where=…`) collect per-row failures and commit
 * the rows that passed: a request answered 4xx could still have changed rows. A failure now throws inside the
 * operation, so its transaction rolls back and a refused bulk write changes nothing.
 */
export const allOrNothing: CollectionAfterOperationHook = ({ operation, result }) => {
  if (operation !== 'update' && operation !== 'delete') return result
  const errors = (result as { errors?: { message: string; isPublic?: boolean }[] } | undefined)?.errors
  if (!Array.isArray(errors) || errors.length === 0) return result
  const reason = errors.find((error) => error.isPublic)?.message
  throw new APIError(
    `${reason ?? 'Some of the documents could not be changed.'} Nothing was changed: the request applies to all matching documents or none.`,
    400,
    null,
    true,
  )
}

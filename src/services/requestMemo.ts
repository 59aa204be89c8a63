import type { PayloadRequest } from 'payload'

const memos = new WeakMap<PayloadRequest, Map<string, Promise<unknown>>>()

/**
 * Lets the reads wrapped in `memoized` run once per request. Only for requests that do not change what those
 * reads return (plans, platform codes): the invoice endpoints turn it on, where the same vendor's plan was
 * otherwise read by the endpoint, the collection's feature scope and its feature gate, each time anew.
 */
export const rememberReads = (req: PayloadRequest) => {
  if (!memos.has(req)) memos.set(req, new Map())
}

/** `read()`, or its answer from earlier in the same request when the request remembers reads. */
export function memoized<T>(req: PayloadRequest, key: string, read: () => Promise<T>): Promise<T> {
  const memo = memos.get(req)
  if (!memo) return read()
  let value = memo.get(key) as Promise<T> | undefined
  if (!value) {
    value = read()
    memo.set(key, value)
    // A failed read is not remembered: the next caller asks again.
    value.catch(() => memo.delete(key))
  }
  return value
}

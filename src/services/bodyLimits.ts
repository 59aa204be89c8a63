import { declaredBodyCap } from './bodyCaps.mjs'

export { MAX_BODY_BYTES, MAX_MULTIPART_BODY_BYTES } from './bodyCaps.mjs'

/**
 * The cap a request's declared Content-Length exceeds, or null. The Next server's preload (scripts/lib/peerAddress.mjs)
 * refuses such requests before Next reads their body; src/proxy.ts checks again for servers started without it.
 */
export const declaredBodyOverCap = (headers: Headers): number | null =>
  declaredBodyCap(headers.get('content-length'), headers.get('content-type'))

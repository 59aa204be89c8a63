import { MAX_LOGO_UPLOAD_BYTES } from './invoices/logoFile'

/**
 * The largest request bodies the server reads. The largest legitimate JSON bodies: invoice settings with a 200 KB
 * logo (about 275 KB in base64), 200 invoice lines of 500 characters (100 KB, 600 KB with every character
 * \u-escaped). Multipart forms (the admin's uploads) carry a logo of up to 1 MB and the form's own fields.
 */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_MULTIPART_BODY_BYTES = MAX_LOGO_UPLOAD_BYTES + 1024 * 1024

/** The cap a request's declared Content-Length exceeds, or null: such a request is refused before its body is read. */
export function declaredBodyOverCap(headers: Headers): number | null {
  const declared = Number(headers.get('content-length'))
  const cap = /^multipart\/form-data/i.test(headers.get('content-type') ?? '')
    ? MAX_MULTIPART_BODY_BYTES
    : MAX_BODY_BYTES
  return declared > cap ? cap : null
}

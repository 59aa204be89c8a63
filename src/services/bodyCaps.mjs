/**
 * The largest request bodies the server reads, and the refusal of a body declared larger: plain JavaScript because
 * two runtimes use it, the app (src/services/bodyLimits.ts, src/i18n/messages) and the Node preload of the Next
 * server (scripts/lib/peerAddress.mjs), which refuses such a request as it arrives, before Next reads its body.
 *
 * The largest legitimate JSON bodies: invoice settings with a 200 KB logo (about 275 KB in base64), 200 invoice lines
 * of 500 characters (100 KB, 600 KB with every character \u-escaped). Multipart forms (the admin's uploads) carry a
 * logo of up to 1 MiB (MAX_LOGO_UPLOAD_BYTES) and the form's own fields.
 */
export const MAX_BODY_BYTES = 1024 * 1024
export const MAX_MULTIPART_BODY_BYTES = 2 * 1024 * 1024

/**
 * The cap a declared Content-Length exceeds, or null.
 * @param {string | null | undefined} contentLength
 * @param {string | null | undefined} contentType
 * @returns {number | null}
 */
export function declaredBodyCap(contentLength, contentType) {
  const declared = Number(contentLength)
  const cap = /^multipart\/form-data/i.test(contentType ?? '') ? MAX_MULTIPART_BODY_BYTES : MAX_BODY_BYTES
  return declared > cap ? cap : null
}

/** The refusal's text per language, `{{bytes}}` the cap (the `bodyTooLarge` message of src/i18n/messages). */
export const BODY_TOO_LARGE = {
  en: 'The request body is too large: at most {{bytes}} bytes are accepted here.',
  fr: 'Le corps de la requête est trop volumineux : {{bytes}} octets au plus sont acceptés ici.',
  de: 'Der Body der Anfrage ist zu groß: Hier werden höchstens {{bytes}} Bytes angenommen.',
}

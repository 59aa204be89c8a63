import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { cachedAnswer } from '../cachedJson'
import { errorResponse } from '../publicRoute'

/**
 * The reference page: Swagger UI's browser bundle (the swagger-ui-dist package), served from our own origin so that
 * nothing loads from elsewhere and the Content-Security-Policy holds (`script-src 'self'`). Its URLs are relative, so
 * the page works under a platform's `/platforms/<code>` prefix too.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Letzshop Platforms API</title>
<link rel="stylesheet" href="reference/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="reference/swagger-ui-bundle.js"></script>
<script src="reference/reference.js"></script>
</body>
</html>
`

// No validator badge (it would send the document to validator.swagger.io); "Try it out" calls this same origin.
const START = `window.ui = SwaggerUIBundle({
  url: new URL('openapi.json', window.location.href).href,
  dom_id: '#reference',
  validatorUrl: null,
  deepLinking: true,
  defaultModelsExpandDepth: 0,
  displayRequestDuration: true,
})
`

const bundled = (file: string) => path.join(process.cwd(), 'node_modules', 'swagger-ui-dist', file)

/** The files the page loads, by the name in its URL. */
const ASSETS: Record<string, { contentType: string; read: () => Promise<string | Buffer> }> = {
  'swagger-ui.css': { contentType: 'text/css; charset=utf-8', read: () => readFile(bundled('swagger-ui.css')) },
  'swagger-ui-bundle.js': {
    contentType: 'text/javascript; charset=utf-8',
    read: () => readFile(bundled('swagger-ui-bundle.js')),
  },
  'reference.js': { contentType: 'text/javascript; charset=utf-8', read: async () => START },
}

/** Read once per process. */
const loaded = new Map<string, Promise<string | Buffer>>()

/** GET /api/reference: the page. */
export const referencePageRoute = async (request: Request): Promise<Response> =>
  cachedAnswer(request, PAGE, 'text/html; charset=utf-8')

/** GET /api/reference/{asset}: a file of the page. */
export async function referenceAssetRoute(
  request: Request,
  { params }: { params: Promise<{ asset: string }> },
): Promise<Response> {
  const { asset } = await params
  const file = Object.hasOwn(ASSETS, asset) ? ASSETS[asset] : undefined
  if (!file) return errorResponse(404, `No file "${asset}" in the API reference.`)
  let content = loaded.get(asset)
  if (!content) {
    content = file.read()
    loaded.set(asset, content)
    content.catch(() => loaded.delete(asset))
  }
  return cachedAnswer(request, await content, file.contentType)
}

export const REFERENCE_ASSETS = Object.keys(ASSETS)
